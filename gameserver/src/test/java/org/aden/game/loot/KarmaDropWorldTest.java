package org.aden.game.loot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.aden.game.TestData;
import org.aden.game.actor.GroundItem;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.combat.CombatFixture;
import org.aden.game.combat.Deaths;
import org.aden.game.combat.TestKills;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemChange;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLedger;
import org.aden.game.item.ItemLocation;
import org.aden.game.item.LedgerEntry;
import org.aden.game.item.PaperdollSlot;
import org.aden.game.network.server.world.DropItem;
import org.aden.game.npc.NpcTemplate;
import org.aden.game.world.WorldFixture;
import org.junit.jupiter.api.Test;

/** A player with karma dies on a fake clock and drops what the rules say, adena never. */
class KarmaDropWorldTest {
    static final NpcTemplate WOLF = TestData.world().npcs().get(20120).orElseThrow();
    static final int ADENA = 57, SHORT_SWORD = 1, DAGGER = 10, POTION = 1060, STEM = 1864;

    final WorldFixture fx = new WorldFixture();
    final AtomicInteger ids = new AtomicInteger(0x30000000);
    final RecordingStore store = new RecordingStore();
    final List<ItemChange> written = store.written;
    final ItemLedger ledger =
            new ItemLedger(TestData.world().items(), ids::incrementAndGet, store, fx.world::submit, fx.clock);
    final GroundLoot loot =
            new GroundLoot(fx.world, ledger, ids::incrementAndGet, LootSettings.defaults(), new Random(4));
    final Deaths deaths = new CombatFixture(fx, loot).deaths;

    /** Every droppable item drops: the test sees the rules, not the dice. */
    void rules(KarmaDropSettings s) {
        deaths.onPlayerDeathDrops(new KarmaDrops(fx.world, ledger, loot, s, p -> false, new Random(3))::died);
    }

    static KarmaDropSettings always(int minPk) {
        return new KarmaDropSettings(minPk, 100, 100, 100, 100, 10, Set.of(STEM));
    }

    Player outlaw(String name, int karma, int pks) {
        Player p = fx.player(name, 0, 0);
        p.setPvpRecord(karma, 0, pks);
        Inventory.of(p)
                .setItems(List.of(
                        new ItemData(
                                ids.incrementAndGet(),
                                p.objectId(),
                                SHORT_SWORD,
                                1,
                                3,
                                ItemLocation.PAPERDOLL,
                                PaperdollSlot.RIGHT_HAND.id()),
                        new ItemData(ids.incrementAndGet(), p.objectId(), ADENA, 5000, 0, ItemLocation.INVENTORY, -1),
                        new ItemData(ids.incrementAndGet(), p.objectId(), POTION, 7, 0, ItemLocation.INVENTORY, -1),
                        new ItemData(ids.incrementAndGet(), p.objectId(), DAGGER, 1, 0, ItemLocation.INVENTORY, -1),
                        new ItemData(ids.incrementAndGet(), p.objectId(), STEM, 3, 0, ItemLocation.INVENTORY, -1)));
        return p;
    }

    Npc wolf() {
        Npc n = new Npc(ids.incrementAndGet(), WOLF, 40, 0, -3000, 0);
        fx.world.spawn(n);
        return n;
    }

    List<GroundItem> ground() {
        List<GroundItem> out = new ArrayList<>();
        for (var o : fx.world.objects()) {
            if (o instanceof GroundItem g) {
                out.add(g);
            }
        }
        return out;
    }

    @Test
    void aPlayerWithKarmaDropsItsItemsButNeverAdena() {
        rules(always(6));
        Player p = outlaw("Outlaw", 1000, 6);
        Player onlooker = fx.player("Onlooker", 100, 100);
        TestKills.kill(deaths, p, wolf());
        fx.ticks(1);
        List<Integer> left =
                Inventory.of(p).items().stream().map(ItemData::itemId).sorted().toList();
        assertEquals(List.of(DAGGER, ADENA, STEM), left, "adena, the undroppable dagger and the listed stem stay");
        List<GroundItem> ground = ground();
        assertEquals(
                List.of(SHORT_SWORD, POTION),
                ground.stream().map(GroundItem::itemId).sorted().toList(),
                "the worn sword and the potions lie by the body");
        GroundItem sword = ground.stream()
                .filter(g -> g.itemId() == SHORT_SWORD)
                .findFirst()
                .orElseThrow();
        assertEquals(3, sword.enchant(), "with its enchant");
        assertEquals(
                7,
                ground.stream()
                        .filter(g -> g.itemId() == POTION)
                        .findFirst()
                        .orElseThrow()
                        .count());
        assertTrue(ground.stream().allMatch(g -> g.mayBeTakenBy(onlooker.objectId(), fx.world.now())), "anyone's");
        assertEquals(2, fx.sink(onlooker).count(DropItem.OPCODE));
        List<LedgerEntry> lines =
                written.stream().flatMap(c -> c.log().stream()).toList();
        assertEquals(2, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.reason() == ItemLedger.Reason.KARMA_DROP && l.count() < 0));
        assertTrue(Inventory.of(p).equipped().isEmpty(), "the sword came off first");
    }

    @Test
    void noKarmaOrTooFewPksDropNothing() {
        rules(always(6));
        Player clean = outlaw("Clean", 0, 9);
        Player novice = outlaw("Novice", 1000, 5);
        TestKills.kill(deaths, clean, wolf());
        TestKills.kill(deaths, novice, wolf());
        fx.ticks(1);
        assertTrue(ground().isEmpty());
        assertTrue(written.isEmpty());
        assertEquals(5, Inventory.of(novice).items().size());
    }

    @Test
    void aFailedWriteKeepsTheItemsAndPutsNothingOnTheGround() {
        rules(always(0));
        Player p = outlaw("Unlucky", 500, 0);
        store.failWrites = true;
        TestKills.kill(deaths, p, wolf());
        fx.ticks(1);
        assertTrue(ground().isEmpty(), "nothing exists twice");
        assertEquals(5, Inventory.of(p).items().size());
    }

    @Test
    void theChancesAreRolledWithTheDefaults() {
        int dropped = 0, deathsDropping = 0;
        for (int seed = 0; seed < 200; seed++) {
            WorldFixture f = new WorldFixture();
            KarmaDrops k =
                    new KarmaDrops(f.world, ledger, loot, KarmaDropSettings.defaults(), p -> false, new Random(seed));
            Player p = f.player("Roll" + seed, 0, 0);
            p.setPvpRecord(100, 0, 6);
            Inventory.of(p)
                    .setItems(List.of(
                            new ItemData(1, p.objectId(), POTION, 7, 0, ItemLocation.INVENTORY, -1),
                            new ItemData(2, p.objectId(), SHORT_SWORD, 1, 0, ItemLocation.INVENTORY, -1)));
            int n = k.choose(Inventory.of(p)).size();
            dropped += n;
            deathsDropping += n > 0 ? 1 : 0;
        }
        assertFalse(deathsDropping == 0);
        // choose() alone is the per-item roll: two bag items at 50 % each
        assertEquals(200, dropped, 40);
    }
}
