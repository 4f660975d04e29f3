package org.aden.game.network.server.target;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x29 TargetSelected, to onlookers (world-presence.md §9.4); shorter aCis form. */
public record TargetSelected(int objectId, int targetObjectId, int x, int y, int z) implements ServerPacket {
    public static final int OPCODE = 0x29;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE)
                .writeD(objectId)
                .writeD(targetObjectId)
                .writeD(x)
                .writeD(y)
                .writeD(z);
    }
}
