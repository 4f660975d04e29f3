package org.aden.game.network.server.system;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x7E: opcode only, "logout OK"; the connection is closed after it. */
public record LeaveWorld() implements ServerPacket {
    public static final int OPCODE = ServerOpcode.LEAVE_WORLD.opcode();

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE);
    }
}
