package org.aden.game.network.server.move;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x2E ChangeMoveType: 1 run, 0 walk (world-presence.md §8.1). */
public record ChangeMoveType(int objectId, boolean running) implements ServerPacket {
    public static final int OPCODE = 0x2E;

    @Override
    public void write(PacketWriter w) {
        // third int: 0 as Mobius (aCis: 1 in water), world.md disagreement 7
        w.writeC(OPCODE).writeD(objectId).writeD(running ? 1 : 0).writeD(0);
    }
}
