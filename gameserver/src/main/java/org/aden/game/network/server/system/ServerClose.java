package org.aden.game.network.server.system;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x26: opcode only; sent before the server closes the connection (ban, kick). */
public record ServerClose() implements ServerPacket {
    public static final int OPCODE = 0x26;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE);
    }
}
