package org.aden.game.network.server.combat;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x06 Die: a creature died; the flags choose the dying player's restart buttons (world-combat-skills.md §3.1). */
public record Die(int objectId, boolean toVillage, boolean sweepable) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.DIE.opcode();

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(objectId).writeD(toVillage ? 1 : 0);
        w.writeD(0).writeD(0).writeD(0); // clan hall, castle, siege HQ: no clans yet
        w.writeD(sweepable ? 1 : 0).writeD(0);
    }
}
