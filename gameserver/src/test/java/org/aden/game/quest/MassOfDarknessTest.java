package org.aden.game.quest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Mass of Darkness (quest 166), Dark Elven Village: Undrias's letter shown to Iria, Dorankus and Trudy, their three
 * things back to Undrias for 2966 adena and 5672 exp / 466 SP, once. Dark elves only, from level 2.
 */
class MassOfDarknessTest {
    static final String Q = "Q00166_MassOfDarkness";
    static final int UNDRIAS = 30130;
    static final int IRIA = 30135;
    static final int DORANKUS = 30139;
    static final int TRUDY = 30143;
    static final int DARK_ELF = 2;

    final QuestHarness h = new QuestHarness();

    void take() {
        h.talk(UNDRIAS);
        h.click("Quest");
        h.click("Quest 166 accept");
    }

    @Test
    void threeErrandsThenTheRewardOnce() {
        h.player(2, DARK_ELF, 31);
        h.talk(IRIA);
        assertTrue(!h.links().contains("Quest"), "Iria has nothing to say of it before it is taken: " + h.page());
        take();
        assertEquals(1, h.count(1088), "Undrias's letter");
        assertEquals(1, h.state(Q).cond());

        h.talk(IRIA);
        h.click("Quest");
        assertEquals(1, h.count(1089));
        h.assertNothingMoreGiven(() -> {
            h.talk(IRIA);
            h.click("Quest");
        });
        assertEquals(1, h.count(1089), "one dagger");
        h.talk(UNDRIAS);
        assertTrue(h.click("Quest").contains("All three, or"), h.page());

        h.talk(DORANKUS);
        h.click("Quest");
        assertEquals(1, h.state(Q).cond());
        h.talk(TRUDY);
        h.click("Quest");
        assertEquals(1, h.count(1090));
        assertEquals(1, h.count(1091));
        assertEquals(2, h.state(Q).cond());

        long exp = h.player().exp();
        int sp = h.player().sp();
        h.talk(UNDRIAS);
        h.click("Quest");
        for (int item : new int[] {1088, 1089, 1090, 1091}) {
            assertEquals(0, h.count(item), "item " + item + " taken");
        }
        assertEquals(2966, h.count(57));
        assertEquals(exp + 5672, h.player().exp());
        assertEquals(sp + 466, h.player().sp());
        assertEquals(QuestRecord.COMPLETED, h.state(Q).state());
        h.assertNothingMoreGiven(() -> {
            h.talk(UNDRIAS);
            h.click("Quest");
            h.click("Quest 166 accept");
        });
    }

    @Test
    void abortTakesLetterAndGifts() {
        h.player(4, DARK_ELF, 38);
        take();
        h.talk(TRUDY);
        h.click("Quest");
        h.abort(166);
        assertNull(h.state(Q));
        assertEquals(0, h.count(1088));
        assertEquals(0, h.count(1091));
    }

    @Test
    void onlyDarkElvesPastTheirFirstLevel() {
        h.player(10, 1, 18); // an elf
        h.talk(UNDRIAS);
        assertTrue(h.click("Quest").contains("Only dark elves"), h.page());
        h.assertNothingMoreGiven(() -> h.click("Quest 166 accept"));
        QuestHarness y = new QuestHarness();
        y.player(1, DARK_ELF, 31);
        y.talk(UNDRIAS);
        assertTrue(y.click("Quest").contains("Requires level 2"), y.page());
        y.assertNothingMoreGiven(() -> y.click("Quest 166 accept"));
        assertNull(y.state(Q));
    }
}
