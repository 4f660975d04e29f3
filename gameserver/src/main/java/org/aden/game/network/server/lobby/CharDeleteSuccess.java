package org.aden.game.network.server.lobby;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x23: no fields. */
public record CharDeleteSuccess() implements ServerPacket {
    public static final int OPCODE = 0x23;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE);
    }
}
