package org.aden.game.network.server.door;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/**
 * S→C 0x99 StaticObject: a town map, signpost or throne comes into view (doors-static.md §4). The 2-int
 * Interlude form (ACIS, C6), not the later chronicle's 11 ints; never sent for doors.
 */
public record StaticObject(int staticObjectId, int objectId) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.STATIC_OBJECT.opcode();

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(staticObjectId).writeD(objectId);
    }
}
