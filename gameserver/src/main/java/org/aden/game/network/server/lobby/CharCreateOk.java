package org.aden.game.network.server.lobby;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x19: {@code d 1}. */
public record CharCreateOk() implements ServerPacket {
    public static final int OPCODE = 0x19;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(1);
    }
}
