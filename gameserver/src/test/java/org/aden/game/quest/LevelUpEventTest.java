package org.aden.game.quest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aden.game.TestData;
import org.aden.game.actor.Player;
import org.aden.game.network.server.npc.NpcHtmlMessage;
import org.aden.game.network.server.system.SystemMessage;
import org.junit.jupiter.api.Test;

/**
 * The shipped event {@code scripts/events/level-up.groovy} and its link {@code scripts/bypass/tips.groovy}: a gift at
 * levels 5, 10, 15 and 20 (one ledger write each), a page without NPC, and its "tips" link answered once.
 */
class LevelUpEventTest {
    static final int GREATER_HEALING_POTION = 1061;

    private static void levelTo(QuestHarness h, int level) {
        Player p = h.player();
        h.deaths.gain(p, TestData.world().experience().expFor(level) - p.exp(), 0);
        assertEquals(level, p.level());
    }

    @Test
    void reachingLevelFiveGivesTwoPotionsAndAPageWithTips() {
        QuestHarness h = new QuestHarness();
        h.player(4);
        int writes = h.itemWrites.size();
        levelTo(h, 5);
        assertEquals(2, h.count(GREATER_HEALING_POTION));
        assertEquals(writes + 1, h.itemWrites.size(), "one transaction");
        assertTrue(h.page().contains("reached level 5") && h.page().contains("Greater Healing Potion x2"), h.page());
        assertTrue(h.page().contains("bypass -h tips"), h.page());
        assertTrue(
                h.fx.sink(h.player()).withOpcode(SystemMessage.OPCODE).stream()
                        .anyMatch(m -> new String(m, 1, m.length - 1, java.nio.charset.StandardCharsets.UTF_16LE)
                                .contains("Level 5: you receive Greater Healing Potion x2.")),
                "the gift in the system window");
        String tips = h.clickLink("tips");
        assertTrue(tips.contains("Advice for level 5") && tips.contains("village"), tips);
        int pages = h.fx.sink(h.player()).withOpcode(NpcHtmlMessage.OPCODE).size();
        h.clickLink("tips"); // not on the advice page
        assertEquals(
                pages, h.fx.sink(h.player()).withOpcode(NpcHtmlMessage.OPCODE).size());
    }

    @Test
    void aJumpOverTwoRewardedLevelsGivesBothAndOtherLevelsNothing() {
        QuestHarness h = new QuestHarness();
        h.player(4);
        levelTo(h, 11);
        assertEquals(2 + 3, h.count(GREATER_HEALING_POTION));
        int writes = h.itemWrites.size();
        levelTo(h, 14);
        assertEquals(writes, h.itemWrites.size(), "levels 12 to 14 give nothing");
    }
}
