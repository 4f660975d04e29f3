package org.aden.game.network.server.chat;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x4A CreatureSay: a chat line (world-chat-npc.md §2). senderObjectId 0 for announcements. */
public record CreatureSay(int senderObjectId, int chatType, String senderName, String text) implements ServerPacket {
    public static final int OPCODE = 0x4A;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE)
                .writeD(senderObjectId)
                .writeD(chatType)
                .writeS(senderName)
                .writeS(text);
    }
}
