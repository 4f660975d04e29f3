package org.aden.game.quest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Miner's Favor (quest 5), Dwarven Village: Bolter's list, powder, boots and beer from Shari, Garita and Reed, the
 * pick from Brunon for Bolter's socks, then the Necklace of Knowledge, 2466 adena and 5672 exp / 446 SP once. Any
 * race, from level 2.
 */
class MinersFavorTest {
    static final String Q = "Q00005_MinersFavor";
    static final int BOLTER = 30554;
    static final int SHARI = 30517;
    static final int GARITA = 30518;
    static final int REED = 30520;
    static final int BRUNON = 30526;

    final QuestHarness h = new QuestHarness();

    void take() {
        h.talk(BOLTER);
        h.click("Quest");
        h.click("Quest 5 accept");
    }

    @Test
    void theWholeListRewardsOnce() {
        h.player(2, 4, 53);
        take();
        assertEquals(1, h.count(1547), "Bolter's list");
        assertEquals(1, h.count(1552), "his socks");

        for (int npc : new int[] {SHARI, GARITA, REED}) {
            h.talk(npc);
            h.click("Quest");
        }
        assertEquals(1, h.count(1550));
        assertEquals(1, h.count(1548));
        assertEquals(1, h.count(1551));
        assertEquals(1, h.state(Q).cond(), "the pick is still missing");

        h.talk(BRUNON);
        String asks = h.click("Quest");
        assertTrue(asks.contains("Quest 5 socks"), asks);
        h.click("Quest 5 socks");
        assertEquals(0, h.count(1552));
        assertEquals(1, h.count(1549), "Miner's Pick");
        assertEquals(2, h.state(Q).cond());
        h.assertNothingMoreGiven(() -> h.click("Quest 5 socks")); // no longer on the page

        long exp = h.player().exp();
        h.talk(BOLTER);
        h.click("Quest");
        for (int item : new int[] {1547, 1548, 1549, 1550, 1551}) {
            assertEquals(0, h.count(item), "item " + item + " handed over");
        }
        assertEquals(1, h.count(906), "Necklace of Knowledge");
        assertEquals(2466, h.count(57));
        assertEquals(exp + 5672, h.player().exp());
        assertEquals(QuestRecord.COMPLETED, h.state(Q).state());
        h.assertNothingMoreGiven(() -> {
            h.talk(BOLTER);
            h.click("Quest");
            h.click("Quest 5 accept");
        });
        assertEquals(1, h.count(906));
    }

    @Test
    void aHumanMayHelpTooAndAbortTakesEverything() {
        h.player(4);
        take();
        h.talk(SHARI);
        h.click("Quest");
        h.abort(5);
        assertNull(h.state(Q));
        for (int item : new int[] {1547, 1550, 1552}) {
            assertEquals(0, h.count(item), "item " + item + " taken with the quest");
        }
    }

    @Test
    void aNewcomerIsSentAway() {
        h.player(1, 4, 53);
        h.talk(BOLTER);
        assertTrue(h.click("Quest").contains("Requires level 2"), h.page());
        h.assertNothingMoreGiven(() -> h.click("Quest 5 accept"));
        assertNull(h.state(Q));
    }
}
