package org.aden.game.network.server.move;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x01 MoveToLocation: destination first, then the current position (world-presence.md §6.2). */
public record MoveToLocation(int objectId, int destX, int destY, int destZ, int x, int y, int z)
        implements ServerPacket {
    public static final int OPCODE = 0x01;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE)
                .writeD(objectId)
                .writeD(destX)
                .writeD(destY)
                .writeD(destZ)
                .writeD(x)
                .writeD(y)
                .writeD(z);
    }
}
