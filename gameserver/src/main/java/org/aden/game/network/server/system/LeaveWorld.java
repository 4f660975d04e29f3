package org.aden.game.network.server.system;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x7E: opcode only, "logout OK"; the connection is closed after it. */
public record LeaveWorld() implements ServerPacket {
    public static final int OPCODE = 0x7E;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE);
    }
}
