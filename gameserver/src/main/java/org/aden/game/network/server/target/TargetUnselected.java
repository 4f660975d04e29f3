package org.aden.game.network.server.target;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x2A TargetUnselected (world-presence.md §9.5); shorter aCis form. */
public record TargetUnselected(int objectId, int x, int y, int z) implements ServerPacket {
    public static final int OPCODE = 0x2A;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(objectId).writeD(x).writeD(y).writeD(z);
    }
}
