package org.aden.game.quest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Invaders of the Holy Land (quest 273), Orc Village, repeatable: every Rakeclaw Imp leaves a black soulstone (90 %,
 * 87 %, 77 % by kind) or a red one; Varkees pays 3 per black, 10 per red and a bonus for ten, each stone once; the
 * quest can be quit from his page. Orcs only, from level 6.
 */
class InvadersOfTheHolyLandTest {
    static final String Q = "Q00273_InvadersOfTheHolyLand";
    static final int VARKEES = 30566;
    static final int RAKECLAW_IMP = 20311;
    static final int CHIEFTAIN = 20313;
    static final int ORC = 3;

    static void take(QuestHarness h) {
        h.talk(VARKEES);
        h.click("Quest");
        h.click("Quest 273 accept");
    }

    @Test
    void stonesArePaidOnceAndTheHuntGoesOn() {
        QuestHarness h = new QuestHarness();
        h.player(6, ORC, 44);
        h.kill(RAKECLAW_IMP);
        assertEquals(0, h.count(1475) + h.count(1476), "no stone before the quest");
        take(h);
        for (int i = 0; i < 12; i++) {
            h.kill(RAKECLAW_IMP);
        }
        long black = h.count(1475);
        long red = h.count(1476);
        assertEquals(12, black + red, "one stone per imp");
        long expected = red * 10 + black * 3 + (red > 0 ? 1800 : 1500);

        h.talk(VARKEES);
        h.click("Quest");
        assertEquals(0, h.count(1475) + h.count(1476));
        assertEquals(expected, h.count(57));
        assertTrue(h.state(Q).isStarted(), "repeatable: still started");
        h.assertNothingMoreGiven(() -> {
            h.talk(VARKEES);
            h.click("Quest");
        });
        assertEquals(expected, h.count(57), "the stones are paid once");

        h.kill(CHIEFTAIN);
        h.talk(VARKEES);
        h.click("Quest");
        long one = h.count(57) - expected;
        assertTrue(one == 3 || one == 10, "a single stone, no bonus: " + one);
        h.click("Quest 273 quit");
        assertNull(h.state(Q), "quit from his page");
    }

    @Test
    void mostImpsLeaveBlackStones() {
        QuestHarness h = new QuestHarness(11);
        h.player(10, ORC, 44);
        take(h);
        for (int i = 0; i < 200; i++) {
            h.kill(RAKECLAW_IMP);
        }
        long red = h.count(1476);
        assertEquals(200, h.count(1475) + red);
        assertTrue(red > 5 && red < 40, "red stones from 200 imps: " + red + " (20 expected)");
    }

    @Test
    void quittingOrAbortingTakesTheStones() {
        QuestHarness h = new QuestHarness();
        h.player(6, ORC, 44);
        take(h);
        h.kill(RAKECLAW_IMP);
        h.abort(273);
        assertNull(h.state(Q));
        assertEquals(0, h.count(1475) + h.count(1476));

        take(h);
        h.talk(VARKEES);
        h.click("Quest");
        h.click("Quest 273 quit");
        assertNull(h.state(Q));
        h.kill(RAKECLAW_IMP);
        assertEquals(0, h.count(1475) + h.count(1476));
    }

    @Test
    void othersAreTurnedAway() {
        QuestHarness h = new QuestHarness();
        h.player(20);
        h.talk(VARKEES);
        assertTrue(h.click("Quest").contains("Only orcs"), h.page());
        h.assertNothingMoreGiven(() -> h.click("Quest 273 accept"));
        QuestHarness y = new QuestHarness();
        y.player(5, ORC, 44);
        y.talk(VARKEES);
        assertTrue(y.click("Quest").contains("Requires level 6"), y.page());
        assertNull(y.state(Q));
    }
}
