package org.aden.game.quest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Path of the Artisan (quest 418), the smiths' road: ratman teeth for Silvera (70 %, leaders 50 %), Kluto's letter to
 * Pinter, his box back from a Vuku Orc Fighter (20 %), and Kluto's Final Pass Certificate (the class-change proof),
 * 163800 adena and exp by level, once. Dwarven Fighters from level 18.
 */
class PathOfTheArtisanTest {
    static final String Q = "Q00418_PathOfTheArtisan";
    static final int SILVERA = 30527;
    static final int PINTER = 30298;
    static final int KLUTO = 30317;
    static final int VUKU_ORC_FIGHTER = 20017;
    static final int BOOGLE_RATMAN = 20389;
    static final int BOOGLE_RATMAN_LEADER = 20390;
    static final int DWARF = 4;
    static final int DWARVEN_FIGHTER = 53;
    static final int FINAL_PASS = 1635;

    static void take(QuestHarness h) {
        h.talk(SILVERA);
        h.click("Quest");
        h.click("Quest 418 ask");
        h.click("Quest 418 accept");
    }

    static void huntUntil(QuestHarness h, int item, int npc, int count) {
        for (int kills = 0; h.count(item) < count && kills < 500; kills++) {
            h.kill(npc);
        }
    }

    @Test
    void theSmithsRoadGivesTheFinalPassOnce() {
        QuestHarness h = new QuestHarness();
        h.player(20, DWARF, DWARVEN_FIGHTER);
        take(h);
        assertEquals(1, h.count(1632), "Silvera's ring");
        huntUntil(h, 1636, BOOGLE_RATMAN, 10);
        assertEquals(1, h.state(Q).cond(), "the leaders' teeth are missing");
        huntUntil(h, 1637, BOOGLE_RATMAN_LEADER, 2);
        assertEquals(10, h.count(1636));
        assertEquals(2, h.count(1637));
        assertEquals(2, h.state(Q).cond());

        h.talk(SILVERA);
        h.click("Quest");
        h.click("Quest 418 teeth");
        assertEquals(0, h.count(1632) + h.count(1636) + h.count(1637));
        assertEquals(1, h.count(1633), "1st Pass Certificate");
        assertEquals(3, h.state(Q).cond());

        h.talk(KLUTO);
        h.click("Quest");
        h.click("Quest 418 letter");
        assertEquals(1, h.count(1638), "Kluto's letter");
        h.assertNothingMoreGiven(() -> h.click("Quest 418 letter"));

        h.talk(PINTER);
        h.click("Quest");
        h.click("Quest 418 letter");
        assertEquals(0, h.count(1638));
        assertEquals(1, h.count(1639), "Footprint of Thief");
        assertEquals(5, h.state(Q).cond());

        huntUntil(h, 1640, VUKU_ORC_FIGHTER, 1);
        assertEquals(1, h.count(1640), "the stolen box");
        assertEquals(6, h.state(Q).cond());

        h.talk(PINTER);
        h.click("Quest");
        h.click("Quest 418 box");
        assertEquals(0, h.count(1639) + h.count(1640));
        assertEquals(1, h.count(1634), "2nd Pass Certificate");
        assertEquals(1, h.count(1641), "Secret Box");

        long exp = h.player().exp();
        int sp = h.player().sp();
        int level = h.player().level();
        h.talk(KLUTO);
        h.click("Quest");
        h.click("Quest 418 final");
        assertEquals(0, h.count(1633) + h.count(1634) + h.count(1641));
        assertEquals(1, h.count(FINAL_PASS));
        assertEquals(163800, h.count(57));
        assertEquals(
                level >= 20 ? 320534 : level == 19 ? 456128 : 591724, h.player().exp() - exp);
        assertEquals(
                level >= 20 ? 32452 : level == 19 ? 30150 : 36848, h.player().sp() - sp);
        assertEquals(QuestRecord.COMPLETED, h.state(Q).state());
        h.assertNothingMoreGiven(() -> {
            h.click("Quest 418 final");
            h.talk(SILVERA);
            h.click("Quest");
            h.click("Quest 418 ask");
            h.click("Quest 418 accept");
        });
        assertTrue(h.page().contains("already have the Final Pass"), h.page());

        h.talk(30499); // Tapoy, dwarven head blacksmith
        h.click("ClassChange");
        assertTrue(h.links().contains("ChangeTo 56"), "the proof opens the class: " + h.page());
        h.click("ChangeTo 56");
        assertEquals(56, h.player().classId(), "an Artisan");
        assertEquals(0, h.count(FINAL_PASS), "the master keeps the proof");
    }

    @Test
    void abortTakesTheTestItems() {
        QuestHarness h = new QuestHarness();
        h.player(18, DWARF, DWARVEN_FIGHTER);
        take(h);
        huntUntil(h, 1636, BOOGLE_RATMAN, 3);
        h.abort(418);
        assertNull(h.state(Q));
        assertEquals(0, h.count(1632) + h.count(1636));
    }

    @Test
    void onlyDwarvenFightersOfLevel18() {
        QuestHarness h = new QuestHarness();
        h.player(20, 3, 44); // an Orc Fighter
        h.talk(SILVERA);
        h.click("Quest");
        assertTrue(h.click("Quest 418 ask").contains("Dwarven Fighters only"), h.page());
        h.assertNothingMoreGiven(() -> h.click("Quest 418 accept"));
        assertNull(h.state(Q));
        QuestHarness y = new QuestHarness();
        y.player(17, DWARF, DWARVEN_FIGHTER);
        y.talk(SILVERA);
        y.click("Quest");
        assertTrue(y.click("Quest 418 ask").contains("Requires level 18"), y.page());
        y.assertNothingMoreGiven(() -> y.click("Quest 418 accept"));
        assertNull(y.state(Q));
    }
}
