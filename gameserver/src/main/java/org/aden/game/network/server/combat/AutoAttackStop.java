package org.aden.game.network.server.combat;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C AutoAttackStop: the creature leaving combat stance (world-combat-skills.md §1.4). */
public record AutoAttackStop(int objectId) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.AUTO_ATTACK_STOP.opcode();

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(objectId);
    }
}
