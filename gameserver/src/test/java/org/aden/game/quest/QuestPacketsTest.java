package org.aden.game.quest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.aden.common.net.MalformedPacketException;
import org.aden.common.net.PacketReader;
import org.aden.common.net.PacketWriter;
import org.aden.game.network.client.quest.RequestQuestAbort;
import org.junit.jupiter.api.Test;

/** RequestQuestAbort against docs/protocol/quests-tutorial.md §1.1. */
class QuestPacketsTest {
    @Test
    void requestQuestAbortIsTheOpcodeAndTheQuestId() {
        byte[] b = new PacketWriter().writeC(0x64).writeD(151).toByteArray();
        assertEquals(5, b.length);
        assertEquals(0x64, RequestQuestAbort.OPCODE);
        assertEquals(0x64, b[0] & 0xFF);
        assertEquals(new RequestQuestAbort(151), RequestQuestAbort.read(new PacketReader(b, 1, b.length - 1)));
        assertThrows(
                MalformedPacketException.class,
                () -> RequestQuestAbort.read(new PacketReader(new byte[] {0x64, 1, 0}, 1, 2)),
                "a short body closes the connection");
    }
}
