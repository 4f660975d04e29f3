package org.aden.game.network.server.door;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/**
 * S→C 0x4C DoorInfo: "door {@code doorId} is object {@code objectId}" (doors-static.md §2). The 9-int form of
 * ACIS, a superset of the shorter ones other sources send (the doc's recommendation); the two last ints are 0.
 */
public record DoorInfo(int objectId, int doorId, boolean showHp, boolean closed, int maxHp, int currentHp)
        implements ServerPacket {
    public static final int OPCODE = ServerOpcode.DOOR_INFO.opcode();

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(objectId).writeD(doorId).writeD(showHp ? 1 : 0);
        w.writeD(1)
                .writeD(closed ? 1 : 0)
                .writeD(maxHp)
                .writeD(currentHp)
                .writeD(0)
                .writeD(0);
    }
}
