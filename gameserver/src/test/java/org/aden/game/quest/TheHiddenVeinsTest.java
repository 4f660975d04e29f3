package org.aden.game.quest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The Hidden Veins (quest 293), Dwarven Village, repeatable: Utuku Orcs leave chrysolite ore (49 %) or a torn map
 * fragment (5 %); Chichirin joins four fragments into a map; Filaur pays 5 per ore, 500 per map and 2000 for ten
 * things, once each. Dwarves only, from level 6.
 */
class TheHiddenVeinsTest {
    static final String Q = "Q00293_TheHiddenVeins";
    static final int FILAUR = 30535;
    static final int CHICHIRIN = 30539;
    static final int UTUKU_ORC = 20446;
    static final int DWARF = 4;

    static void take(QuestHarness h) {
        h.talk(FILAUR);
        h.click("Quest");
        h.click("Quest 293 accept");
    }

    @Test
    void oreAndAMapArePaidOnce() {
        QuestHarness h = new QuestHarness(5);
        h.player(10, DWARF, 53);
        take(h);
        int kills = 0;
        while (h.count(1489) < 4 && kills < 2000) {
            h.kill(UTUKU_ORC);
            kills++;
        }
        assertEquals(4, h.count(1489), "four fragments after " + kills + " orcs");
        long ores = h.count(1488);
        assertTrue(ores > kills * 0.35 && ores < kills * 0.65, ores + " ores from " + kills + " orcs");

        h.talk(CHICHIRIN);
        h.click("Quest");
        h.click("Quest 293 map");
        assertEquals(0, h.count(1489));
        assertEquals(1, h.count(1490), "Hidden Ore Map");

        h.talk(FILAUR);
        h.click("Quest");
        assertEquals(0, h.count(1488));
        assertEquals(0, h.count(1490));
        assertEquals(ores * 5 + 500 + (ores + 1 >= 10 ? 2000 : 0), h.count(57));
        assertTrue(h.state(Q).isStarted(), "repeatable");
        long paid = h.count(57);
        h.assertNothingMoreGiven(() -> {
            h.talk(FILAUR);
            h.click("Quest");
        });
        assertEquals(paid, h.count(57));
        h.click("Quest 293 quit");
        assertNull(h.state(Q));
    }

    @Test
    void chichirinNeedsFourFragments() {
        QuestHarness h = new QuestHarness();
        h.player(6, DWARF, 53);
        take(h);
        h.talk(CHICHIRIN);
        h.click("Quest");
        h.assertNothingMoreGiven(() -> h.click("Quest 293 map"));
        assertTrue(h.page().contains("not four scraps"), h.page());
    }

    @Test
    void abortTakesOreAndFragments() {
        QuestHarness h = new QuestHarness();
        h.player(6, DWARF, 53);
        take(h);
        for (int i = 0; i < 10; i++) {
            h.kill(UTUKU_ORC);
        }
        assertTrue(h.count(1488) > 0);
        h.abort(293);
        assertNull(h.state(Q));
        assertEquals(0, h.count(1488) + h.count(1489));
    }

    @Test
    void othersAreTurnedAway() {
        QuestHarness h = new QuestHarness();
        h.player(20, 3, 44);
        h.talk(FILAUR);
        assertTrue(h.click("Quest").contains("Only dwarves"), h.page());
        h.assertNothingMoreGiven(() -> h.click("Quest 293 accept"));
        assertNull(h.state(Q));
    }
}
