package org.aden.game.network.server.system;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x26: opcode only; sent before the server closes the connection (ban, kick). */
public record ServerClose() implements ServerPacket {
    public static final int OPCODE = ServerOpcode.SERVER_CLOSE.opcode();

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE);
    }
}
