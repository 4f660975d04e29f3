package org.aden.game.quest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aden.common.net.PacketReader;
import org.aden.game.item.ItemLedger;
import org.aden.game.network.server.quest.QuestList;
import org.junit.jupiter.api.Test;

/**
 * Letters of Love (quest 1) through its dialogs, as a player plays it: Darin's letter to Roxxy, her kerchief back,
 * Darin's receipt to Baulro, his potion back to Darin for the necklace, 2466 adena and 5672 exp / 446 SP, once.
 */
class LettersOfLoveTest {
    static final String Q = "Q00001_LettersOfLove";
    static final int DARIN = 30048;
    static final int ROXXY = 30006;
    static final int BAULRO = 30033;

    final QuestHarness h = new QuestHarness();

    @Test
    void theErrandFromLetterToNecklaceRewardsOnce() {
        h.player(5);
        String first = h.talk(DARIN);
        assertTrue(h.links().contains("Quest"), "Darin's first page offers the quest link: " + first);
        String offer = h.click("Quest"); // his only quest: straight to it
        assertTrue(offer.contains("Quest 1 accept"), offer);
        h.click("Quest 1 accept");
        assertEquals(1, h.state(Q).cond());
        assertEquals(1, h.count(687), "Darin's letter");
        assertEquals(1, questListRows(), "the quest window lists the quest");

        h.assertNothingMoreGiven(() -> h.click("Quest 1 accept")); // the link again: no second letter
        assertEquals(1, h.count(687));

        h.talk(ROXXY);
        assertTrue(h.links().contains("Quest"), "Roxxy offers the quest link while it is in progress");
        assertTrue(h.links().stream().anyMatch(l -> l.startsWith("goto ")), "and keeps her own routes");
        h.click("Quest");
        assertEquals(0, h.count(687));
        assertEquals(1, h.count(688), "Roxxy's kerchief");
        assertEquals(2, h.state(Q).cond());

        h.talk(DARIN);
        h.click("Quest");
        assertEquals(0, h.count(688));
        assertEquals(1, h.count(1079), "Darin's receipt");
        assertEquals(3, h.state(Q).cond());

        h.talk(BAULRO);
        h.click("Quest");
        assertEquals(0, h.count(1079));
        assertEquals(1, h.count(1080), "Baulro's potion");
        assertEquals(4, h.state(Q).cond());

        long exp = h.player().exp();
        int sp = h.player().sp();
        h.talk(DARIN);
        String reward = h.click("Quest");
        assertTrue(reward.contains("necklace"), reward);
        assertEquals(0, h.count(1080));
        assertEquals(1, h.count(906), "Necklace of Knowledge");
        assertEquals(2466, h.count(57));
        assertEquals(exp + 5672, h.player().exp());
        assertEquals(sp + 446, h.player().sp());
        assertEquals(QuestRecord.COMPLETED, h.state(Q).state());
        assertEquals(
                QuestRecord.COMPLETED,
                h.questWrites.get(h.questWrites.size() - 1).state(),
                "completion written");
        assertEquals(0, questListRows(), "a finished quest leaves the window");
        var lines = h.itemWrites.stream().flatMap(c -> c.log().stream()).toList();
        assertFalse(lines.isEmpty());
        assertTrue(
                lines.stream().allMatch(l -> l.reason() == ItemLedger.Reason.QUEST),
                "ledger lines say QUEST: " + lines);

        // Talking again after the end gives nothing more, whatever is clicked.
        h.assertNothingMoreGiven(() -> {
            h.talk(DARIN);
            h.click("Quest");
            h.click("Quest 1 accept");
        });
        assertEquals(1, h.count(906));
        assertEquals(2466, h.count(57));
    }

    @Test
    void abortingMidwayTakesTheQuestItemsAndTheQuestCanBeTakenAgain() {
        h.player(5);
        h.talk(DARIN);
        h.click("Quest");
        h.click("Quest 1 accept");
        h.talk(ROXXY);
        h.click("Quest");
        assertEquals(1, h.count(688));

        h.abort(1);
        assertNull(h.state(Q), "forgotten");
        assertEquals(0, h.count(688), "Roxxy's kerchief is taken with the quest");
        assertEquals(0, questListRows());
        assertEquals(QuestRecord.created(Q, 0), h.questWrites.get(h.questWrites.size() - 1), "the delete was written");

        h.talk(DARIN);
        h.click("Quest");
        h.click("Quest 1 accept");
        assertEquals(1, h.state(Q).cond(), "taken again");
        assertEquals(1, h.count(687));
    }

    @Test
    void aFinishedQuestCannotBeAborted() {
        h.player(5);
        h.abort(1); // never taken: nothing happens
        assertNull(h.state(Q));
        h.talk(DARIN);
        h.click("Quest");
        h.click("Quest 1 accept");
        for (int npc : new int[] {ROXXY, DARIN, BAULRO, DARIN}) {
            h.talk(npc);
            h.click("Quest");
        }
        assertEquals(QuestRecord.COMPLETED, h.state(Q).state());
        h.assertNothingMoreGiven(() -> h.abort(1));
        assertEquals(QuestRecord.COMPLETED, h.state(Q).state());
        assertEquals(1, h.count(906));
    }

    @Test
    void aNewcomerIsSentAwayAndTakesNothing() {
        h.player(1);
        h.talk(DARIN);
        String page = h.click("Quest");
        assertTrue(page.contains("Requires level 2"), "Darin sends a newcomer away: " + page);
        assertFalse(page.contains("accept"), "no accept link below level 2: " + page);
        h.assertNothingMoreGiven(() -> h.click("Quest 1 accept")); // not on the page: refused
        assertNull(h.state(Q));
        assertEquals(0, h.count(687));
    }

    @Test
    void roxxyHasNoQuestLinkForAPlayerWhoNeverTookIt() {
        h.player(5);
        h.talk(ROXXY);
        assertFalse(h.links().contains("Quest"), h.page());
        h.assertNothingMoreGiven(() -> h.click("Quest 1")); // forged: not offered
    }

    /** Rows of the last QuestList the player received. */
    int questListRows() {
        var lists = h.fx.sink(h.player()).withOpcode(QuestList.OPCODE);
        byte[] b = lists.get(lists.size() - 1);
        return new PacketReader(b, 1, b.length - 1).readH();
    }
}
