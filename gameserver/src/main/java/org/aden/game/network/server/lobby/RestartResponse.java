package org.aden.game.network.server.lobby;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x5F: {@code d} 1 accepted / 0 refused. */
public record RestartResponse(boolean accepted) implements ServerPacket {
    public static final int OPCODE = 0x5F;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(accepted ? 1 : 0);
    }
}
