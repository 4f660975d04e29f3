package org.aden.game.quest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Path of the Elven Knight (quest 406): twenty topaz pieces (70 % from the ruins' undead) for Sorius, his letter to
 * Kluto, twenty emerald pieces (50 % from Ol Mahum Novices), Kluto's box, and the Elven Knight Brooch (the
 * class-change proof), 163800 adena and exp by level, once. Elven Fighters from level 18.
 */
class PathOfTheElvenKnightTest {
    static final String Q = "Q00406_PathOfTheElvenKnight";
    static final int SORIUS = 30327;
    static final int KLUTO = 30317;
    static final int TRACKER_SKELETON = 20035;
    static final int SKELETON_SCOUT = 20045;
    static final int OL_MAHUM_NOVICE = 20782;
    static final int ELF = 1;
    static final int ELVEN_FIGHTER = 18;
    static final int BROOCH = 1204;

    static void take(QuestHarness h) {
        h.talk(SORIUS);
        h.click("Quest");
        h.click("Quest 406 ask");
        h.click("Quest 406 accept");
    }

    static int huntUntil(QuestHarness h, int item, int npc, int count) {
        int kills = 0;
        while (h.count(item) < count && kills < 500) {
            h.kill(npc);
            kills++;
        }
        return kills;
    }

    @Test
    void theWholeTrialGivesTheBroochOnce() {
        QuestHarness h = new QuestHarness();
        h.player(20, ELF, ELVEN_FIGHTER);
        take(h);
        assertEquals(1, h.state(Q).cond());
        h.kill(OL_MAHUM_NOVICE);
        assertEquals(0, h.count(1206), "no emerald before Kluto asks");

        int kills = huntUntil(h, 1205, TRACKER_SKELETON, 15) + huntUntil(h, 1205, SKELETON_SCOUT, 20);
        assertEquals(20, h.count(1205));
        assertTrue(kills > 20 && kills < 50, "20 topaz from " + kills + " kills (about 29 expected)");
        assertEquals(2, h.state(Q).cond());

        h.talk(SORIUS);
        h.click("Quest");
        assertEquals(1, h.count(1202), "Sorius's letter");
        assertEquals(3, h.state(Q).cond());
        h.assertNothingMoreGiven(() -> {
            h.talk(SORIUS);
            h.click("Quest");
        });

        h.talk(KLUTO);
        h.click("Quest");
        h.click("Quest 406 letter");
        assertEquals(0, h.count(1202));
        assertEquals(1, h.count(1276), "Kluto's memo");
        assertEquals(4, h.state(Q).cond());

        huntUntil(h, 1206, OL_MAHUM_NOVICE, 20);
        assertEquals(20, h.count(1206));
        assertEquals(5, h.state(Q).cond());

        h.talk(KLUTO);
        h.click("Quest");
        assertEquals(0, h.count(1205) + h.count(1206) + h.count(1276));
        assertEquals(1, h.count(1203), "Kluto's box");
        assertEquals(6, h.state(Q).cond());

        long exp = h.player().exp();
        int sp = h.player().sp();
        int level = h.player().level();
        h.talk(SORIUS);
        h.click("Quest");
        assertEquals(0, h.count(1203));
        assertEquals(1, h.count(BROOCH));
        assertEquals(163800, h.count(57));
        assertEquals(
                level >= 20 ? 320534 : level == 19 ? 456128 : 591724, h.player().exp() - exp);
        assertEquals(
                level >= 20 ? 23152 : level == 19 ? 29850 : 33328, h.player().sp() - sp);
        assertEquals(QuestRecord.COMPLETED, h.state(Q).state());
        h.assertNothingMoreGiven(() -> {
            h.talk(SORIUS);
            h.click("Quest");
            h.click("Quest 406 ask");
            h.click("Quest 406 accept");
        });
        assertTrue(h.page().contains("already wear the Elven Knight Brooch"), h.page());

        h.talk(30026); // Bitz, master of fighters
        h.click("ClassChange");
        assertTrue(h.links().contains("ChangeTo 19"), "the proof opens the class: " + h.page());
        h.click("ChangeTo 19");
        assertEquals(19, h.player().classId(), "an Elven Knight");
        assertEquals(0, h.count(BROOCH), "the master keeps the proof");
    }

    @Test
    void abortTakesThePieces() {
        QuestHarness h = new QuestHarness();
        h.player(18, ELF, ELVEN_FIGHTER);
        take(h);
        huntUntil(h, 1205, TRACKER_SKELETON, 3);
        h.abort(406);
        assertNull(h.state(Q));
        assertEquals(0, h.count(1205));
    }

    @Test
    void onlyElvenFightersOfLevel18() {
        QuestHarness h = new QuestHarness();
        h.player(20, ELF, 25); // an Elven Mystic
        h.talk(SORIUS);
        h.click("Quest");
        assertTrue(h.click("Quest 406 ask").contains("Only an Elven Fighter"), h.page());
        h.assertNothingMoreGiven(() -> h.click("Quest 406 accept"));
        assertNull(h.state(Q));
        QuestHarness y = new QuestHarness();
        y.player(17, ELF, ELVEN_FIGHTER);
        y.talk(SORIUS);
        y.click("Quest");
        assertTrue(y.click("Quest 406 ask").contains("Requires level 18"), y.page());
        y.assertNothingMoreGiven(() -> y.click("Quest 406 accept"));
        assertNull(y.state(Q));
    }
}
