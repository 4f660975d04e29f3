package org.aden.game.network.server.combat;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C Revive: the creature a dead creature comes back to life (world-combat-skills.md §3.3). */
public record Revive(int objectId) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.REVIVE.opcode();

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(objectId);
    }
}
