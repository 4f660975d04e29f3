package org.aden.game.quest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Path of the Palus Knight (quest 410): thirteen Lycanthrope skulls for Virgil, his letter to Kalinta, five
 * Arachnid Tracker silks and a Venomous Spider carapace for her coffin, and Virgil's Gaze of Abyss (the class-change
 * proof), 163800 adena and exp by level, once. Dark Fighters from level 18.
 */
class PathOfThePalusKnightTest {
    static final String Q = "Q00410_PathOfThePalusKnight";
    static final int VIRGIL = 30329;
    static final int KALINTA = 30422;
    static final int VENOMOUS_SPIDER = 20038;
    static final int ARACHNID_TRACKER = 20043;
    static final int LYCANTHROPE = 20049;
    static final int DARK_ELF = 2;
    static final int DARK_FIGHTER = 31;
    static final int GAZE_OF_ABYSS = 1244;

    final QuestHarness h = new QuestHarness();

    void take() {
        h.talk(VIRGIL);
        h.click("Quest");
        h.click("Quest 410 ask");
        h.click("Quest 410 accept");
    }

    /** Kills a monster n times and says how many quest writes (items or steps) that caused. */
    int killWrites(int npc, int n) {
        int before = h.itemWrites.size() + h.questWrites.size();
        for (int i = 0; i < n; i++) {
            h.kill(npc);
        }
        return h.itemWrites.size() + h.questWrites.size() - before;
    }

    @Test
    void theWholeTrialGivesTheGazeOfAbyssOnce() {
        h.player(20, DARK_ELF, DARK_FIGHTER);
        take();
        assertEquals(1, h.state(Q).cond());
        assertEquals(1, h.count(1237), "Palus Talisman");
        assertEquals(0, killWrites(ARACHNID_TRACKER, 3), "silk only counts with Kalinta's talisman");

        h.kill(LYCANTHROPE);
        h.talk(VIRGIL);
        assertTrue(h.click("Quest").contains("1 skulls of thirteen"), h.page());
        for (int i = 0; i < 12; i++) {
            h.kill(LYCANTHROPE);
        }
        assertEquals(13, h.count(1238));
        assertEquals(2, h.state(Q).cond());
        assertEquals(0, killWrites(LYCANTHROPE, 2), "thirteen is enough");

        h.talk(VIRGIL);
        h.click("Quest");
        h.click("Quest 410 skulls");
        assertEquals(0, h.count(1238));
        assertEquals(0, h.count(1237));
        assertEquals(1, h.count(1239), "Virgil's letter");
        assertEquals(3, h.state(Q).cond());

        h.talk(KALINTA);
        h.click("Quest");
        h.click("Quest 410 letter");
        assertEquals(1, h.count(1240), "Morte Talisman");
        assertEquals(4, h.state(Q).cond());

        for (int i = 0; i < 7; i++) {
            h.kill(ARACHNID_TRACKER);
        }
        assertEquals(5, h.count(1242), "five silks, no more");
        assertEquals(4, h.state(Q).cond(), "the carapace is missing");
        h.kill(VENOMOUS_SPIDER);
        h.kill(VENOMOUS_SPIDER);
        assertEquals(1, h.count(1241), "one carapace");
        assertEquals(5, h.state(Q).cond());

        h.talk(KALINTA);
        h.click("Quest");
        h.click("Quest 410 coffin");
        assertEquals(0, h.count(1240) + h.count(1241) + h.count(1242));
        assertEquals(1, h.count(1243), "Coffin of Eternal Rest");
        assertEquals(6, h.state(Q).cond());

        long exp = h.player().exp();
        int sp = h.player().sp();
        int level = h.player().level();
        h.talk(VIRGIL);
        h.click("Quest");
        assertEquals(0, h.count(1243));
        assertEquals(1, h.count(GAZE_OF_ABYSS));
        assertEquals(163800, h.count(57));
        assertEquals(
                level >= 20 ? 320534 : level == 19 ? 456128 : 591724, h.player().exp() - exp);
        assertEquals(
                level >= 20 ? 26212 : level == 19 ? 32910 : 39608, h.player().sp() - sp);
        assertEquals(QuestRecord.COMPLETED, h.state(Q).state());

        h.assertNothingMoreGiven(() -> {
            h.talk(VIRGIL);
            h.click("Quest");
            h.click("Quest 410 ask");
            h.click("Quest 410 accept");
        });
        assertTrue(h.page().contains("already carry the Gaze"), h.page());
        assertEquals(1, h.count(GAZE_OF_ABYSS));

        h.talk(30195); // Brecson, a dark elven grand master
        h.click("ClassChange");
        assertTrue(h.links().contains("ChangeTo 32"), "the proof opens the class: " + h.page());
        h.click("ChangeTo 32");
        assertEquals(32, h.player().classId(), "a Palus Knight");
        assertEquals(0, h.count(GAZE_OF_ABYSS), "the master keeps the proof");
    }

    @Test
    void aYoungerCandidateEarnsMoreExp() {
        h.player(18, DARK_ELF, DARK_FIGHTER);
        take();
        for (int i = 0; i < 13; i++) {
            h.kill(LYCANTHROPE);
        }
        // 13 kills may have levelled the candidate up: the reward follows the level at the end.
        h.talk(VIRGIL);
        h.click("Quest");
        h.click("Quest 410 skulls");
        h.talk(KALINTA);
        h.click("Quest");
        h.click("Quest 410 letter");
        for (int i = 0; i < 5; i++) {
            h.kill(ARACHNID_TRACKER);
        }
        h.kill(VENOMOUS_SPIDER);
        h.talk(KALINTA);
        h.click("Quest");
        h.click("Quest 410 coffin");
        int level = h.player().level();
        long exp = h.player().exp();
        h.talk(VIRGIL);
        h.click("Quest");
        assertEquals(
                level >= 20 ? 320534 : level == 19 ? 456128 : 591724, h.player().exp() - exp);
        assertEquals(1, h.count(GAZE_OF_ABYSS));
    }

    @Test
    void abortTakesEveryTrialItem() {
        h.player(18, DARK_ELF, DARK_FIGHTER);
        take();
        h.kill(LYCANTHROPE);
        h.abort(410);
        assertNull(h.state(Q));
        assertEquals(0, h.count(1237) + h.count(1238));
    }

    @Test
    void onlyDarkFightersOfLevel18() {
        h.player(20, DARK_ELF, 38); // a Dark Mystic
        h.talk(VIRGIL);
        h.click("Quest");
        assertTrue(h.click("Quest 410 ask").contains("only to Dark Fighters"), h.page());
        h.assertNothingMoreGiven(() -> h.click("Quest 410 accept"));
        assertNull(h.state(Q));

        QuestHarness y = new QuestHarness();
        y.player(17, DARK_ELF, DARK_FIGHTER);
        y.talk(VIRGIL);
        y.click("Quest");
        assertTrue(y.click("Quest 410 ask").contains("Requires level 18"), y.page());
        y.assertNothingMoreGiven(() -> y.click("Quest 410 accept"));
        assertNull(y.state(Q));
    }
}
