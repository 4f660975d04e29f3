package org.aden.game.quest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aden.common.net.PacketReader;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.network.server.chat.NpcSay;
import org.junit.jupiter.api.Test;

/** The shipped {@code scripts/npcs/newbie-guide.groovy}: a guide calls out advice on a timer, its page unchanged. */
class NewbieGuideTest {
    static final int GUIDE = 30598;

    static List<String> lines(QuestHarness h, Player p) {
        return h.fx.sink(p).withOpcode(NpcSay.OPCODE).stream()
                .map(b -> {
                    PacketReader r = new PacketReader(b, 13, b.length - 13);
                    return r.readS();
                })
                .toList();
    }

    @Test
    void theGuideCallsOutAdviceEveryThreeMinutesToThePlayersAround() {
        QuestHarness h = new QuestHarness();
        Player p = h.player(1);
        Npc guide = h.npc(GUIDE);
        h.fx.clearSinks();
        h.waitMillis(179_000);
        assertTrue(lines(h, p).isEmpty(), "not before three minutes");
        h.waitMillis(1_000);
        List<String> first = lines(h, p);
        assertEquals(1, first.size(), first.toString());
        assertTrue(first.get(0).startsWith("New here?"), first.get(0));
        h.waitMillis(180_000);
        List<String> two = lines(h, p);
        assertEquals(2, two.size());
        assertFalse(two.get(1).equals(two.get(0)), "the next piece of advice");
        byte[] b = h.fx.sink(p).withOpcode(NpcSay.OPCODE).get(0);
        PacketReader r = new PacketReader(b, 1, b.length - 1);
        assertEquals(guide.objectId(), r.readD());

        assertFalse(h.talk(GUIDE).isEmpty(), "talking to it still shows its type's page");
        assertEquals(0, h.host().failures());
    }
}
