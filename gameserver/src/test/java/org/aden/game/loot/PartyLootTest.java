package org.aden.game.loot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.aden.game.TestData;
import org.aden.game.actor.GroundItem;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemLedger;
import org.aden.game.item.ItemTemplate;
import org.aden.game.network.client.party.RequestAnswerJoinParty;
import org.aden.game.network.client.party.RequestJoinParty;
import org.aden.game.party.Parties;
import org.aden.game.world.WorldFixture;
import org.junit.jupiter.api.Test;

/** Party loot rules on a fake clock: a member's reserved loot for its party-mates, finders keepers, by turn, random. */
class PartyLootTest {
    static final int SWORD = 13; // not stackable: one item per pick-up

    final WorldFixture fx = new WorldFixture();
    final AtomicInteger ids = new AtomicInteger(0x31000000);
    final ItemLedger ledger = new ItemLedger(
            TestData.world().items(),
            ids::incrementAndGet,
            c -> CompletableFuture.completedFuture(null),
            fx.world::submit,
            fx.clock);
    final GroundLoot loot = new GroundLoot(
            fx.world, ledger, ids::incrementAndGet, new LootSettings(15_000, 60_000, 100, false, 2), new Random(5));
    final Parties parties = new Parties(fx.world);
    final Npc wolf = new Npc(0x31F00000, TestData.world().npcs().get(20120).orElseThrow(), 0, 50, -3000, 0);

    {
        loot.shareWith(parties);
        fx.world.spawn(wolf);
    }

    void party(int lootType, Player leader, Player... others) {
        for (Player o : others) {
            parties.invite(leader, new RequestJoinParty(o.name(), lootType));
            parties.answer(o, new RequestAnswerJoinParty(1));
        }
    }

    /** A sword the wolf dropped for {@code owner}, picked up by {@code picker}. */
    void pickUp(Player picker, Player owner) {
        ItemTemplate t = ledger.catalog().get(SWORD);
        GroundItem g = loot.place(wolf, owner, t, 1);
        loot.take(picker, g);
        fx.ticks(1);
    }

    static long swords(Player p) {
        return Inventory.of(p).items().stream().filter(i -> i.itemId() == SWORD).count();
    }

    @Test
    void aPartyMateMayTakeAMembersLootAnOutsiderMayNot() {
        Player owner = fx.player("Owner", 0, 0);
        Player mate = fx.player("Mate", 30, 0);
        Player outsider = fx.player("Outsider", 0, 30);
        party(0, owner, mate);
        pickUp(outsider, owner);
        assertEquals(0, swords(outsider), "the owner's priority holds against an outsider");
        pickUp(mate, owner);
        assertEquals(1, swords(mate), "finders keepers: the party-mate who picks it up keeps it");
        assertEquals(0, swords(owner));
    }

    @Test
    void byTurnHandsTheItemsToEachMemberInJoinOrder() {
        Player a = fx.player("Alpha", 0, 0);
        Player b = fx.player("Bravo", 30, 0);
        Player c = fx.player("Charlie", 60, 0);
        Player far = fx.player("Faraway", 3000, 0);
        party(3, a, b, c, far);
        for (int i = 0; i < 6; i++) {
            pickUp(a, a);
        }
        assertEquals(2, swords(a));
        assertEquals(2, swords(b));
        assertEquals(2, swords(c));
        assertEquals(0, swords(far), "farther than 1500 from the picker: skipped");
    }

    @Test
    void randomGivesEveryItemToSomeMemberNearby() {
        Player a = fx.player("Ann", 0, 0);
        Player b = fx.player("Ben", 30, 0);
        Player far = fx.player("Far", 3000, 0);
        party(1, a, b, far);
        for (int i = 0; i < 20; i++) {
            pickUp(a, a);
        }
        assertEquals(20, swords(a) + swords(b));
        assertTrue(swords(a) > 0 && swords(b) > 0, a.name() + " " + swords(a) + ", " + b.name() + " " + swords(b));
        assertEquals(0, swords(far));
    }

    @Test
    void withoutAPartyThePickerKeepsIt() {
        Player solo = fx.player("Solo", 0, 0);
        pickUp(solo, solo);
        assertEquals(1, swords(solo));
    }
}
