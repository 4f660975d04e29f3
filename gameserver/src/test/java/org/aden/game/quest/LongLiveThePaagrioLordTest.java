package org.aden.game.quest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Long Live the Paagrio Lord (quest 4), Orc Village: six gifts from six villagers to Nakusin, a Club, 1850 adena and
 * 4254 exp / 335 SP once. Orcs only, from level 2.
 */
class LongLiveThePaagrioLordTest {
    static final String Q = "Q00004_LongLiveThePaagrioLord";
    static final int NAKUSIN = 30578;
    /** Varkees, Urutu, Hestui, Kunai, Uska, Grookin and the gift each gives. */
    static final int[][] GIFTS = {
        {30566, 1541}, {30587, 1546}, {30585, 1542}, {30559, 1545}, {30560, 1544}, {30562, 1543}
    };

    static final int ORC = 3;

    final QuestHarness h = new QuestHarness();

    void take() {
        h.talk(NAKUSIN);
        h.click("Quest");
        h.click("Quest 4 accept");
    }

    /** Talks about this quest: Varkees also starts his own (273), so his "Quest" link lists both first. */
    void talkAboutIt(int npc) {
        h.talk(npc);
        h.click("Quest");
        if (h.links().contains("Quest 4")) {
            h.click("Quest 4");
        }
    }

    @Test
    void sixGiftsThenTheClubOnce() {
        h.player(2, ORC, 44);
        take();
        assertEquals(1, h.state(Q).cond());
        for (int i = 0; i < GIFTS.length; i++) {
            assertEquals(1, h.state(Q).cond(), "still gathering before gift " + i);
            talkAboutIt(GIFTS[i][0]);
            assertEquals(1, h.count(GIFTS[i][1]), "gift of " + GIFTS[i][0]);
            h.assertNothingMoreGiven(() -> talkAboutIt(GIFTS[0][0]));
        }
        assertEquals(2, h.state(Q).cond());

        long exp = h.player().exp();
        int sp = h.player().sp();
        h.talk(NAKUSIN);
        h.click("Quest");
        for (int[] g : GIFTS) {
            assertEquals(0, h.count(g[1]), "gift " + g[1] + " handed over");
        }
        assertEquals(1, h.count(4), "Club");
        assertEquals(1850, h.count(57));
        assertEquals(exp + 4254, h.player().exp());
        assertEquals(sp + 335, h.player().sp());
        assertEquals(QuestRecord.COMPLETED, h.state(Q).state());
        h.assertNothingMoreGiven(() -> {
            h.talk(NAKUSIN);
            h.click("Quest");
            h.click("Quest 4 accept");
        });
        assertEquals(1, h.count(4));
    }

    @Test
    void nakusinWaitsForAllSix() {
        h.player(3, ORC, 49);
        take();
        talkAboutIt(GIFTS[0][0]);
        assertEquals(1, h.count(GIFTS[0][1]));
        h.assertNothingMoreGiven(() -> {
            h.talk(NAKUSIN);
            assertTrue(h.click("Quest").contains("still waiting"), h.page());
        });
        h.abort(4);
        assertNull(h.state(Q));
        assertEquals(0, h.count(GIFTS[0][1]), "the gift goes with the quest");
    }

    @Test
    void othersAreTurnedAway() {
        h.player(5, 4, 53); // a dwarf
        h.talk(NAKUSIN);
        assertTrue(h.click("Quest").contains("Only orcs"), h.page());
        h.assertNothingMoreGiven(() -> h.click("Quest 4 accept"));
        assertNull(h.state(Q));
    }
}
