package org.aden.game.quest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Shilen's Hunt (quest 165), Dark Elven Village: thirteen Dark Bezoars from wolves (always) and keltirs (one in three,
 * two in three from elders), 5 Lesser Healing Potions and 1000 exp once. Dark elves only, from level 3.
 */
class ShilensHuntTest {
    static final String Q = "Q00165_ShilensHunt";
    static final int NELSYA = 30348;
    static final int ASHEN_WOLF = 20456;
    static final int YOUNG_BROWN_KELTIR = 20529;
    static final int DARK_ELF = 2;

    static void take(QuestHarness h) {
        h.talk(NELSYA);
        h.click("Quest");
        h.click("Quest 165 accept");
    }

    @Test
    void thirteenBezoarsRewardOnce() {
        QuestHarness h = new QuestHarness();
        h.player(3, DARK_ELF, 31);
        take(h);
        assertEquals(1, h.state(Q).cond());
        for (int i = 0; i < 12; i++) {
            h.kill(ASHEN_WOLF);
        }
        assertEquals(12, h.count(1160), "an Ashen Wolf always carries one");
        assertEquals(1, h.state(Q).cond());
        h.talk(NELSYA);
        assertTrue(h.click("Quest").contains("12 of the thirteen"), h.page());
        h.kill(ASHEN_WOLF);
        assertEquals(2, h.state(Q).cond());
        int writes = h.itemWrites.size() + h.questWrites.size();
        h.kill(ASHEN_WOLF); // the wolf's own exp comes; the quest gives nothing more
        assertEquals(writes, h.itemWrites.size() + h.questWrites.size());
        assertEquals(13, h.count(1160));

        long exp = h.player().exp();
        h.talk(NELSYA);
        h.click("Quest");
        assertEquals(0, h.count(1160));
        assertEquals(5, h.count(1060), "Lesser Healing Potions");
        assertEquals(exp + 1000, h.player().exp());
        assertEquals(QuestRecord.COMPLETED, h.state(Q).state());
        h.assertNothingMoreGiven(() -> {
            h.talk(NELSYA);
            h.click("Quest");
        });
        assertEquals(5, h.count(1060));
    }

    @Test
    void youngKeltirsGiveAboutOneInThree() {
        QuestHarness h = new QuestHarness(3);
        h.player(5, DARK_ELF, 31);
        take(h);
        int kills = 0;
        while (h.count(1160) < 13 && kills < 500) {
            h.kill(YOUNG_BROWN_KELTIR);
            kills++;
        }
        assertEquals(13, h.count(1160));
        assertTrue(kills > 20 && kills < 80, "13 bezoars from " + kills + " young keltirs (39 expected)");
    }

    @Test
    void abortTakesTheBezoars() {
        QuestHarness h = new QuestHarness();
        h.player(3, DARK_ELF, 31);
        take(h);
        h.kill(ASHEN_WOLF);
        h.abort(165);
        assertNull(h.state(Q));
        assertEquals(0, h.count(1160));
        h.kill(ASHEN_WOLF);
        assertEquals(0, h.count(1160), "no bezoar without the quest");
    }

    @Test
    void othersAreTurnedAway() {
        QuestHarness h = new QuestHarness();
        h.player(10, 3, 44); // an orc
        h.talk(NELSYA);
        assertTrue(h.click("Quest").contains("Only dark elves"), h.page());
        h.assertNothingMoreGiven(() -> h.click("Quest 165 accept"));
        assertNull(h.state(Q));
    }
}
