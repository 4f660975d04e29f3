package org.aden.game.quest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Protect the Water Source (quest 159), Elven Village: one Plague Dust (40 % per Plague Zombie), a stronger charm,
 * five more dust, 18250 adena once. Elves only, from level 12.
 */
class ProtectTheWaterSourceTest {
    static final String Q = "Q00159_ProtectTheWaterSource";
    static final int ASTERIOS = 30154;
    static final int PLAGUE_ZOMBIE = 27017;
    static final int ELF = 1;

    static void take(QuestHarness h) {
        h.talk(ASTERIOS);
        h.click("Quest");
        h.click("Quest 159 accept");
    }

    /** Kills zombies until the player holds that much dust (at most 300 kills); the kills it took. */
    static int huntUntil(QuestHarness h, int dust) {
        int kills = 0;
        while (h.count(1035) < dust && kills < 300) {
            h.kill(PLAGUE_ZOMBIE);
            kills++;
        }
        return kills;
    }

    @Test
    void dustCharmMoreDustRewardsOnce() {
        QuestHarness h = new QuestHarness();
        h.player(12, ELF, 25);
        h.kill(PLAGUE_ZOMBIE);
        assertEquals(0, h.count(1035), "nothing before the quest");
        take(h);
        assertEquals(1, h.count(1071), "Hyacinth Charm");
        assertEquals(1, h.state(Q).cond());

        huntUntil(h, 1);
        assertEquals(2, h.state(Q).cond());
        h.assertNothingMoreGiven(() -> {
            for (int i = 0; i < 20; i++) {
                h.kill(PLAGUE_ZOMBIE);
            }
        });
        assertEquals(1, h.count(1035), "one handful is all he asks first");

        h.talk(ASTERIOS);
        h.click("Quest");
        assertEquals(0, h.count(1035));
        assertEquals(0, h.count(1071));
        assertEquals(1, h.count(1072), "the stronger charm");
        assertEquals(3, h.state(Q).cond());

        h.talk(ASTERIOS);
        assertTrue(h.click("Quest").contains("Five handfuls"), h.page());
        huntUntil(h, 5);
        assertEquals(5, h.count(1035));
        assertEquals(4, h.state(Q).cond());
        h.assertNothingMoreGiven(() -> h.kill(PLAGUE_ZOMBIE));

        h.talk(ASTERIOS);
        h.click("Quest");
        assertEquals(0, h.count(1035));
        assertEquals(0, h.count(1072));
        assertEquals(18250, h.count(57));
        assertEquals(QuestRecord.COMPLETED, h.state(Q).state());
        h.assertNothingMoreGiven(() -> {
            h.talk(ASTERIOS);
            h.click("Quest");
        });
        assertEquals(18250, h.count(57));
    }

    @Test
    void dustDropsAboutTwoZombiesInFive() {
        int total = 0;
        int runs = 30;
        for (int seed = 1; seed <= runs; seed++) {
            QuestHarness h = new QuestHarness(seed);
            h.player(12, ELF, 18);
            take(h);
            total += huntUntil(h, 1);
        }
        double mean = (double) total / runs; // geometric with p = 0.4: mean 2.5
        assertTrue(mean > 1.7 && mean < 3.6, "zombies per dust " + mean);
    }

    @Test
    void abortTakesCharmAndDust() {
        QuestHarness h = new QuestHarness();
        h.player(12, ELF, 18);
        take(h);
        huntUntil(h, 1);
        h.abort(159);
        assertNull(h.state(Q));
        assertEquals(0, h.count(1035));
        assertEquals(0, h.count(1071));
    }

    @Test
    void humansAndYoungElvesAreNotAsked() {
        QuestHarness h = new QuestHarness();
        h.player(20);
        h.talk(ASTERIOS);
        assertTrue(h.click("Quest").contains("Only elves"), h.page());
        h.assertNothingMoreGiven(() -> h.click("Quest 159 accept"));
        QuestHarness y = new QuestHarness();
        y.player(11, ELF, 18);
        y.talk(ASTERIOS);
        assertTrue(y.click("Quest").contains("Requires level 12"), y.page());
        y.assertNothingMoreGiven(() -> y.click("Quest 159 accept"));
        assertNull(y.state(Q));
    }
}
