package org.aden.game.loot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.aden.common.net.PacketReader;
import org.aden.game.TestData;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.cast.Abnormals;
import org.aden.game.cast.Casting;
import org.aden.game.cast.SkillEffects;
import org.aden.game.combat.Combat;
import org.aden.game.combat.CombatFixture;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemChange;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLedger;
import org.aden.game.item.LedgerEntry;
import org.aden.game.move.Teleports;
import org.aden.game.network.client.party.RequestAnswerJoinParty;
import org.aden.game.network.client.party.RequestJoinParty;
import org.aden.game.network.client.skill.RequestMagicSkillUse;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.npc.NpcTemplate;
import org.aden.game.party.Parties;
import org.aden.game.skill.SkillBook;
import org.aden.game.skill.SkillData;
import org.aden.game.stat.PlayerStats;
import org.aden.game.world.RecordingSink;
import org.aden.game.world.WorldFixture;
import org.junit.jupiter.api.Test;

/** Spoil then Sweeper on a fake clock with the datapack's skills and the Goblin's spoil list. */
class SpoilSweepWorldTest {
    static final NpcTemplate GOBLIN = TestData.world().npcs().get(20003).orElseThrow(); // level 5
    static final int SPOIL = 254, SWEEPER = 42;

    final WorldFixture fx = new WorldFixture();
    final AtomicInteger ids = new AtomicInteger(0x30000000);
    final RecordingStore store = new RecordingStore();
    final List<ItemChange> written = store.written;
    final ItemLedger ledger =
            new ItemLedger(TestData.world().items(), ids::incrementAndGet, store, fx.world::submit, fx.clock);
    /** x100 chances: every spoil entry comes out, so the test knows what the sweep must give. */
    final LootSettings settings = new LootSettings(15_000, 60_000, 10_000, false, 10);

    final GroundLoot loot = new GroundLoot(fx.world, ledger, ids::incrementAndGet, settings, new Random(4));
    final CombatFixture cf = new CombatFixture(fx, loot);
    final PlayerStats stats = cf.stats;
    final Combat combat = cf.combat;
    final Teleports teleports = cf.teleports;
    final SkillEffects effects = new SkillEffects(
            fx.world,
            combat,
            new Abnormals(fx.world, stats),
            teleports,
            TestData.world().mapRegions(),
            new Random(2));
    final Casting casting = new Casting(fx.world, TestData.world().skills(), effects);
    final Sweeping sweeping = new Sweeping(ledger, new Random(6));

    {
        effects.setSweeper(sweeping);
        fx.actions.setInteraction(combat::playerAttacks);
    }

    Player spoiler(String name, int x, int y) {
        Player p = fx.player(name, x, y);
        p.addComponent(
                SkillBook.class,
                new SkillBook(List.of(new SkillData(p.objectId(), SPOIL, 1), new SkillData(p.objectId(), SWEEPER, 1))));
        p.setStats(CombatFixture.tough(p.stats()));
        p.setVitals(p.maxHp(), 10000, p.maxCp()); // MP for many casts
        return p;
    }

    Npc goblin(int x, int y) {
        Npc n = new Npc(ids.incrementAndGet(), GOBLIN, x, y, -3000, 0);
        fx.world.spawn(n);
        return n;
    }

    static int messageId(byte[] b) {
        return new PacketReader(b, 1, 4).readD();
    }

    List<Integer> messages(Player p) {
        return fx.sink(p).withOpcode(SystemMessage.OPCODE).stream()
                .map(SpoilSweepWorldTest::messageId)
                .toList();
    }

    void cast(Player p, int skill, int ticks) {
        casting.request(p, new RequestMagicSkillUse(skill, false, false));
        fx.ticks(ticks);
    }

    Map<Integer, Long> bag(Player p) {
        Map<Integer, Long> out = new TreeMap<>();
        for (ItemData i : Inventory.of(p).items()) {
            out.merge(i.itemId(), i.count(), Long::sum);
        }
        return out;
    }

    @Test
    void spoilThenSweepGivesExactlyTheSpoilItemsOnce() {
        Player p = spoiler("Spoiler", 0, 0);
        Npc g = goblin(30, 0);
        fx.actions.action(p, g.objectId()); // select
        fx.ticks(1);
        cast(p, SPOIL, 20); // hit time 1800 ms
        assertTrue(g.isSpoiled(), "messages " + messages(p));
        assertEquals(p.objectId(), g.spoilerId());
        assertTrue(messages(p).contains(612), "the Spoil condition has been activated");
        assertTrue(combat.isFighting(g), "a spoiled monster fights back");

        fx.ticks(12); // the reuse of 3 s runs out
        cast(p, SPOIL, 20);
        assertTrue(messages(p).contains(357), "it has already been spoiled");

        g.setCurHp(1);
        combat.damage(p, g, 5);
        assertTrue(g.isDead());
        assertTrue(g.hasSweepItems(), "the spoil was rolled at death");
        Map<Integer, Long> expected = new TreeMap<>();
        g.sweepItems().forEach(i -> expected.merge(i.itemId(), i.count(), Long::sum));
        assertEquals(
                GOBLIN.rewards().spoils().stream()
                        .map(NpcTemplate.DropItem::itemId)
                        .sorted()
                        .toList(),
                List.copyOf(expected.keySet()),
                "x100: every entry of the Goblin's spoil list");

        Map<Integer, Long> before = bag(p);
        written.clear();
        fx.sink(p).clear();
        cast(p, SWEEPER, 6); // hit time 500 ms
        Map<Integer, Long> gained = bag(p);
        before.forEach((id, n) -> gained.merge(id, -n, Long::sum));
        gained.values().removeIf(n -> n == 0);
        assertEquals(expected, gained, "the sweep gives exactly the spoil");
        List<LedgerEntry> lines =
                written.stream().flatMap(c -> c.log().stream()).toList();
        assertEquals(expected.size(), lines.size());
        assertTrue(lines.stream().allMatch(l -> l.reason() == ItemLedger.Reason.SWEEP && l.count() > 0));
        assertTrue(messages(p).stream().anyMatch(m -> m == 29 || m == 30), "you have obtained ...");
        assertFalse(g.isSpawned(), "Sweeper consumes the corpse");

        fx.ticks(10);
        written.clear();
        cast(p, SWEEPER, 6);
        assertTrue(written.isEmpty(), "a second sweep gives nothing");
        assertEquals(before.size() + expected.size(), bag(p).size());
    }

    @Test
    void onlyTheSpoilerSweepsAndOnlyASpoiledCorpse() {
        Player p = spoiler("Owner", 0, 0);
        Player other = spoiler("Other", 0, 20);
        Npc g = goblin(30, 0);
        Npc plain = goblin(0, 30);
        fx.actions.action(p, g.objectId());
        fx.ticks(1);
        cast(p, SPOIL, 20);
        assertTrue(g.isSpoiled());
        g.setCurHp(1);
        combat.damage(p, g, 5);
        plain.setCurHp(1);
        combat.damage(other, plain, 5);

        other.setTarget(g);
        written.clear();
        cast(other, SWEEPER, 6);
        assertTrue(messages(other).contains(683), "no priority rights on a sweeper");
        assertTrue(written.isEmpty());
        assertTrue(g.hasSweepItems(), "still there for its spoiler");

        other.setTarget(plain);
        cast(other, SWEEPER, 6);
        assertTrue(messages(other).contains(343), "sweeper failed, target not spoiled");
        assertTrue(written.isEmpty());

        fx.ticks(100);
        fx.ticks(100); // the corpse lies 7 s plus the spoiled corpse's 10 s
        assertFalse(g.isSpawned(), "a spoiled corpse decays too");
    }

    /** Spoils and kills a Goblin next to the spoiler, which then sweeps it; the spoil rolled for it. */
    Map<Integer, Long> spoilKillSweep(Player spoiler) {
        Npc g = goblin(spoiler.x() + 30, spoiler.y());
        fx.actions.action(spoiler, g.objectId());
        fx.ticks(1);
        cast(spoiler, SPOIL, 20);
        assertTrue(g.isSpoiled());
        g.setCurHp(1);
        combat.damage(spoiler, g, 5);
        Map<Integer, Long> rolled = new TreeMap<>();
        g.sweepItems().forEach(i -> rolled.merge(i.itemId(), i.count(), Long::sum));
        cast(spoiler, SWEEPER, 6);
        assertFalse(g.isSpawned(), "swept and consumed");
        return rolled;
    }

    long spoilItems(Player p) {
        return Inventory.of(p).items().stream()
                .filter(i -> GOBLIN.rewards().spoils().stream().anyMatch(s -> s.itemId() == i.itemId()))
                .mapToLong(ItemData::count)
                .sum();
    }

    void party(Parties parties, int lootType, Player leader, Player other) {
        parties.invite(leader, new RequestJoinParty(other.name(), lootType));
        parties.answer(other, new RequestAnswerJoinParty(1));
    }

    @Test
    void aRuleIncludingSpoilSharesTheSweepAndTheOthersLeaveItToTheSweeper() {
        Parties parties = new Parties(fx.world);
        sweeping.shareWith(parties);
        Player a = spoiler("Sharer", 0, 0);
        Player b = spoiler("Mate", 0, 40);
        party(parties, 2, a, b); // random including spoil
        long total = 0;
        for (int k = 0; k < 6; k++) {
            total += spoilKillSweep(a).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
            fx.ticks(35);
        }
        assertEquals(total, spoilItems(a) + spoilItems(b), "every swept item went to one of them");
        assertTrue(
                spoilItems(b) > 0 && spoilItems(a) > 0, "random among the two: " + spoilItems(a) + "/" + spoilItems(b));
        assertTrue(
                store.lines().stream().allMatch(l -> l.reason() == ItemLedger.Reason.SWEEP && l.count() > 0),
                "only sweeps, only gains");

        Player c = spoiler("Keeper", 3000, 0);
        Player d = spoiler("Other", 3000, 40);
        party(parties, 1, c, d); // random, spoil not included
        long kept =
                spoilKillSweep(c).values().stream().mapToLong(Long::longValue).sum();
        assertEquals(kept, spoilItems(c), "the sweeper keeps it all");
        assertEquals(0, spoilItems(d));
    }

    @Test
    void aSpoiledCorpseLiesTenSecondsLonger() {
        Player p = spoiler("Slow", 0, 0);
        Npc g = goblin(30, 0);
        Npc plain = goblin(0, 30);
        fx.actions.action(p, g.objectId());
        fx.ticks(1);
        cast(p, SPOIL, 20);
        g.setCurHp(1);
        combat.damage(p, g, 5);
        plain.setCurHp(1);
        combat.damage(p, plain, 5);
        fx.ticks(90); // 9 s
        assertFalse(plain.isSpawned(), "a plain corpse is gone after its corpse time");
        assertTrue(g.isSpawned(), "the spoiled one waits for its sweeper");
        RecordingSink sink = fx.sink(p);
        sink.clear();
        fx.ticks(100);
        assertFalse(g.isSpawned());
    }
}
