package org.aden.game.network.server;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.world.Creature;
import org.aden.game.world.move.MoveOrder;

/** S→C 0x01 MoveToLocation: destination first, then the current position (world-presence.md §6.2). */
public record MoveToLocation(int objectId, int destX, int destY, int destZ, int x, int y, int z)
        implements ServerPacket {
    public static final int OPCODE = 0x01;

    public static MoveToLocation of(Creature c) {
        MoveOrder m = c.moveOrder();
        if (m == null) {
            return new MoveToLocation(c.objectId(), c.x(), c.y(), c.z(), c.x(), c.y(), c.z());
        }
        return new MoveToLocation(
                c.objectId(),
                (int) Math.round(m.destX()),
                (int) Math.round(m.destY()),
                (int) Math.round(m.destZ()),
                c.x(),
                c.y(),
                c.z());
    }

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
