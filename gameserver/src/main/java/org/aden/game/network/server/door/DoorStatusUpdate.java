package org.aden.game.network.server.door;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/**
 * S→C 0x4D DoorStatusUpdate: open or closed, damage stage and HP (doors-static.md §3). Max HP before current HP,
 * as the two Interlude-line sources write it (the later-chronicle one swaps them).
 */
public record DoorStatusUpdate(
        int objectId, boolean closed, int damageStage, boolean attackable, int doorId, int maxHp, int currentHp)
        implements ServerPacket {
    public static final int OPCODE = ServerOpcode.DOOR_STATUS_UPDATE.opcode();

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE)
                .writeD(objectId)
                .writeD(closed ? 1 : 0)
                .writeD(damageStage)
                .writeD(attackable ? 1 : 0);
        w.writeD(doorId).writeD(maxHp).writeD(currentHp);
    }
}
