package org.aden.game.loot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.aden.game.TestData;
import org.aden.game.npc.NpcTemplate;
import org.junit.jupiter.api.Test;

/** The Mobius drop rules with fixed seeds (sources in DropRoll). */
class DropRollTest {
    static final NpcTemplate.Rewards WOLF =
            TestData.world().npcs().get(20120).orElseThrow().rewards();
    static final LootSettings X1 = LootSettings.defaults();

    static NpcTemplate.Rewards groups(NpcTemplate.DropGroup... g) {
        return new NpcTemplate.Rewards(0, 0, List.of(g), List.of());
    }

    static NpcTemplate.DropItem item(int id, double chance) {
        return new NpcTemplate.DropItem(id, 1, 1, chance);
    }

    /** How often item {@code id} drops in {@code kills} kills. */
    static double rate(NpcTemplate.Rewards r, int id, int npcLevel, int killerLevel, LootSettings s, int kills) {
        Random random = new Random(11);
        int n = 0;
        for (int k = 0; k < kills; k++) {
            for (DropRoll.Loot l : DropRoll.roll(r, npcLevel, killerLevel, s, random)) {
                if (l.itemId() == id) {
                    n++;
                }
            }
        }
        return n / (double) kills;
    }

    /** The Goblin's spoil list: 116 at 34.3 %, 1786 at 4.5 %, 1871 at 5.7 % (one each). */
    static final List<NpcTemplate.DropItem> GOBLIN_SPOIL =
            TestData.world().npcs().get(20003).orElseThrow().rewards().spoils();

    @Test
    void eachSpoilEntryIsTriedAloneWithItsChance() {
        assertEquals(3, GOBLIN_SPOIL.size());
        LootSettings uncapped = new LootSettings(0, 0, 100, false, 100);
        int n = 20000;
        int[] got = new int[3];
        Random r = new Random(9);
        for (int k = 0; k < n; k++) {
            for (DropRoll.Loot l : DropRoll.spoil(GOBLIN_SPOIL, 5, 5, uncapped, r)) {
                for (int i = 0; i < 3; i++) {
                    if (GOBLIN_SPOIL.get(i).itemId() == l.itemId()) {
                        got[i]++;
                    }
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(GOBLIN_SPOIL.get(i).chance() / 100, got[i] / (double) n, 0.01, "entry " + i);
        }
        assertEquals(
                DropRoll.spoil(GOBLIN_SPOIL, 5, 5, X1, new Random(3)),
                DropRoll.spoil(GOBLIN_SPOIL, 5, 5, X1, new Random(3)),
                "a fixed seed, a fixed spoil");
        LootSettings x100 = new LootSettings(0, 0, 10_000, false, 100);
        assertEquals(
                GOBLIN_SPOIL.stream().map(NpcTemplate.DropItem::itemId).toList(),
                DropRoll.spoil(GOBLIN_SPOIL, 5, 5, x100, new Random(1)).stream()
                        .map(DropRoll.Loot::itemId)
                        .toList(),
                "x100 rates: every entry");
        assertTrue(
                DropRoll.spoil(GOBLIN_SPOIL, 5, 5, new LootSettings(0, 0, 10_000, false, 1), new Random(1))
                                .size()
                        == 1,
                "at most max-random-drops entries below 100 %");
    }

    @Test
    void aFixedSeedGivesAFixedResult() {
        for (int seed = 0; seed < 20; seed++) {
            assertEquals(
                    DropRoll.roll(WOLF, 4, 4, X1, new Random(seed)), DropRoll.roll(WOLF, 4, 4, X1, new Random(seed)));
        }
    }

    @Test
    void theWolfsAdenaGroupDrops70PercentOfTheTimeBetween19And29() {
        LootSettings uncapped = new LootSettings(0, 0, 100, true, 100);
        assertEquals(0.70, rate(WOLF, 57, 4, 4, uncapped, 20_000), 0.015);
        // with the default cap of 2 random drops, later groups' drops crowd the first group's adena out
        assertTrue(rate(WOLF, 57, 4, 4, X1, 20_000) < 0.60);
        Random random = new Random(3);
        for (int k = 0; k < 2000; k++) {
            for (DropRoll.Loot l : DropRoll.roll(WOLF, 4, 4, X1, random)) {
                if (l.itemId() == 57) {
                    assertTrue(l.count() >= 19 && l.count() <= 29, "amount " + l.count());
                }
            }
        }
    }

    @Test
    void withinAGroupAtMostOneItemDropsAndEachByItsShare() {
        // group 50%: item 1 has 40% of it -> 20% of kills; item 2 is a fresh roll against the running sum
        // (40 + 60 = 100% of the group = 50%) after the first failed -> 0.8 x 0.5 = 40%; never both
        NpcTemplate.Rewards r = groups(new NpcTemplate.DropGroup(50, List.of(item(1, 40), item(2, 60))));
        LootSettings s = new LootSettings(0, 0, 100, false, 10);
        Random random = new Random(5);
        int one = 0;
        int two = 0;
        for (int k = 0; k < 20_000; k++) {
            List<DropRoll.Loot> loot = DropRoll.roll(r, 1, 1, s, random);
            assertTrue(loot.size() <= 1, "one item per group");
            for (DropRoll.Loot l : loot) {
                if (l.itemId() == 1) {
                    one++;
                } else {
                    two++;
                }
            }
        }
        assertEquals(0.20, one / 20_000.0, 0.015);
        assertEquals(0.40, two / 20_000.0, 0.015);
    }

    @Test
    void theLevelPenaltyStartsAt5LevelsAboveAndBottomsOutAt10PercentFrom10() {
        assertEquals(100, DropRoll.levelGate(5, 5, 10));
        assertEquals(64, DropRoll.levelGate(7, 5, 10), 1e-9, "2 of 5 levels of the way from 100 down to 10");
        assertEquals(10, DropRoll.levelGate(10, 5, 10));
        assertEquals(10, DropRoll.levelGate(40, 5, 10));
        assertEquals(100, DropRoll.levelGate(-30, 5, 10), "below the monster's level: no penalty");
        NpcTemplate.Rewards r = groups(new NpcTemplate.DropGroup(100, List.of(item(13, 100))));
        assertEquals(1.0, rate(r, 13, 4, 9, X1, 5000), 0.0, "5 levels above: every kill");
        assertEquals(0.10, rate(r, 13, 4, 24, X1, 20_000), 0.01, "20 levels above: 10%");
        // adena starts later (8 levels) and bottoms out at 15
        NpcTemplate.Rewards adena = groups(new NpcTemplate.DropGroup(100, List.of(item(57, 100))));
        assertEquals(1.0, rate(adena, 57, 4, 12, X1, 5000), 0.0);
        assertEquals(0.10, rate(adena, 57, 4, 19, X1, 20_000), 0.01);
        LootSettings off = new LootSettings(0, 0, 100, false, 2);
        assertEquals(1.0, rate(r, 13, 4, 80, off, 5000), 0.0, "game.loot.level-penalty=false");
    }

    @Test
    void aChanceRateTriesEveryItemAloneAndCapsNothingAbove100() {
        NpcTemplate.Rewards r = groups(new NpcTemplate.DropGroup(50, List.of(item(1, 40), item(2, 60))));
        LootSettings x100 = new LootSettings(0, 0, 10_000, false, 10);
        List<DropRoll.Loot> loot = DropRoll.roll(r, 1, 1, x100, new Random(1));
        assertEquals(List.of(new DropRoll.Loot(1, 1), new DropRoll.Loot(2, 1)), loot, "both sure at x100");
        for (int seed = 0; seed < 100; seed++) {
            List<DropRoll.Loot> wolf = DropRoll.roll(WOLF, 4, 4, x100, new Random(seed));
            // adena 70% x100 and the sword's 1.04% group x100 are both sure
            assertTrue(wolf.stream().anyMatch(l -> l.itemId() == 57), "adena at x100");
            assertTrue(wolf.stream().anyMatch(l -> l.itemId() == 13), "the 1% sword at x100");
        }
    }

    @Test
    void atMostMaxRandomDropsBelow100PercentTheLaterOnesKept() {
        NpcTemplate.Rewards r = groups(
                new NpcTemplate.DropGroup(99, List.of(item(1, 100))),
                new NpcTemplate.DropGroup(99, List.of(item(2, 100))),
                new NpcTemplate.DropGroup(99, List.of(item(3, 100))),
                new NpcTemplate.DropGroup(100, List.of(item(4, 100))));
        LootSettings s = new LootSettings(0, 0, 100, false, 2);
        Random random = new Random(2);
        int first = 0;
        int last = 0;
        for (int k = 0; k < 1000; k++) {
            List<DropRoll.Loot> loot = DropRoll.roll(r, 1, 1, s, random);
            assertTrue(loot.contains(new DropRoll.Loot(4, 1)), "a sure drop is never crowded out");
            assertTrue(loot.size() <= 3, "the sure one and at most 2 others: " + loot);
            first += loot.contains(new DropRoll.Loot(1, 1)) ? 1 : 0;
            last += loot.contains(new DropRoll.Loot(3, 1)) ? 1 : 0;
        }
        assertTrue(last > 980, "the latest is kept: " + last);
        // the earliest only survives when a later one failed its 1%
        assertTrue(first < 50, "the earliest makes room: " + first);
    }
}
