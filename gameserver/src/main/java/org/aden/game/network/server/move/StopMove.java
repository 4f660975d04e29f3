package org.aden.game.network.server.move;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x47 StopMove (StopMoveWithLocation, world-presence.md §6.6). */
public record StopMove(int objectId, int x, int y, int z, int heading) implements ServerPacket {
    public static final int OPCODE = 0x47;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(objectId).writeD(x).writeD(y).writeD(z).writeD(heading);
    }
}
