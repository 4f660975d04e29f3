package org.aden.game.network.server.system;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x25: opcode only; unlocks the client after a refused or finished request. */
public record ActionFailed() implements ServerPacket {
    public static final int OPCODE = 0x25;
    public static final ActionFailed INSTANCE = new ActionFailed();

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE);
    }
}
