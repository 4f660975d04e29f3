package org.aden.game.network.server.chat;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0xFA FriendList, empty until friends exist. */
public record FriendList() implements ServerPacket {
    public static final int OPCODE = 0xFA;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(0);
    }
}
