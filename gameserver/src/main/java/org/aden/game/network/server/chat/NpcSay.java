package org.aden.game.network.server.chat;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/**
 * S→C 0x02 NpcSay: an NPC's line in the chat window (world-chat-npc.md §3). The client shows the NPC's name from
 * {@code npcTypeId}, which is the template id plus 1000000.
 */
public record NpcSay(int npcObjectId, int chatType, int npcTypeId, String text) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.NPC_SAY.opcode();
    /** Added to a template id in {@code npcTypeId}. */
    public static final int NPC_ID_OFFSET = 1_000_000;

    /** A line of an NPC of that template. */
    public static NpcSay of(int npcObjectId, int chatType, int templateId, String text) {
        return new NpcSay(npcObjectId, chatType, templateId + NPC_ID_OFFSET, text);
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(npcObjectId).writeD(chatType).writeD(npcTypeId).writeS(text);
    }
}
