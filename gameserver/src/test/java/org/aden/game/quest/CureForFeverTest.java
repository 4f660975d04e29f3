package org.aden.game.quest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Cure for Fever (quest 151), a kill-and-collect quest: spiders drop Ellias's poison sac one time in five, only
 * while the quest waits for it; Yohanes turns it into medicine, Ellias gives the Round Shield and 13106 exp / 613 SP
 * once.
 */
class CureForFeverTest {
    static final String Q = "Q00151_CureForFever";
    static final int ELLIAS = 30050;
    static final int YOHANES = 30032;
    static final int GIANT_SPIDER = 20103;
    static final int BLADE_SPIDER = 20108;
    static final int WOLF = 20120;

    /** Starts the quest at Ellias. */
    static void take(QuestHarness h) {
        h.talk(ELLIAS);
        h.click("Quest");
        h.click("Quest 151 accept");
    }

    /** Kills spiders until the sac drops; how many it took (at most 200). */
    static int huntUntilSac(QuestHarness h) {
        int kills = 0;
        while (h.count(703) == 0 && kills < 200) {
            h.kill(kills % 2 == 0 ? GIANT_SPIDER : BLADE_SPIDER);
            kills++;
        }
        return kills;
    }

    @Test
    void huntBrewAndCureRewardsOnce() {
        QuestHarness h = new QuestHarness();
        h.player(15);
        h.kill(GIANT_SPIDER);
        assertNull(h.state(Q), "a spider killed before taking the quest counts for nothing");
        assertEquals(0, h.count(703));

        take(h);
        assertEquals(1, h.state(Q).cond());
        h.kill(WOLF);
        h.kill(WOLF);
        assertEquals(0, h.count(703), "wolves carry no poison");

        int kills = huntUntilSac(h);
        assertEquals(1, h.count(703), "the sac after " + kills + " spiders");
        assertEquals(2, h.state(Q).cond());
        int itemWrites = h.itemWrites.size();
        int questWrites = h.questWrites.size();
        for (int i = 0; i < 20; i++) {
            h.kill(GIANT_SPIDER); // the spiders' own exp still comes; the quest gives nothing more
        }
        assertEquals(itemWrites, h.itemWrites.size());
        assertEquals(questWrites, h.questWrites.size());
        assertEquals(1, h.count(703), "one sac is all the quest wants");

        h.talk(YOHANES);
        h.click("Quest");
        assertEquals(0, h.count(703));
        assertEquals(1, h.count(704), "Fever Medicine");
        assertEquals(3, h.state(Q).cond());

        long exp = h.player().exp();
        int sp = h.player().sp();
        h.talk(ELLIAS);
        h.click("Quest");
        assertEquals(0, h.count(704));
        assertEquals(1, h.count(102), "Round Shield");
        assertEquals(exp + 13106, h.player().exp());
        assertEquals(sp + 613, h.player().sp());
        assertEquals(QuestRecord.COMPLETED, h.state(Q).state());

        h.assertNothingMoreGiven(() -> {
            h.talk(ELLIAS);
            h.click("Quest");
        });
        assertTrue(h.page().contains("since you brought the medicine"), h.page());
        assertEquals(1, h.count(102));
    }

    @Test
    void aSacDropsAboutOneSpiderInFive() {
        int total = 0;
        int runs = 40;
        for (int seed = 1; seed <= runs; seed++) {
            QuestHarness h = new QuestHarness(seed);
            h.player(15);
            take(h);
            total += huntUntilSac(h);
            assertEquals(1, h.count(703));
        }
        double mean = (double) total / runs; // geometric with p = 0.2: mean 5
        assertTrue(mean > 3 && mean < 8, "spiders per sac " + mean);
    }

    @Test
    void tooYoungToBeAsked() {
        QuestHarness h = new QuestHarness();
        h.player(14);
        h.talk(ELLIAS);
        String page = h.click("Quest");
        assertTrue(page.contains("Requires level 15"), page);
        h.assertNothingMoreGiven(() -> h.click("Quest 151 accept"));
        assertNull(h.state(Q));
    }
}
