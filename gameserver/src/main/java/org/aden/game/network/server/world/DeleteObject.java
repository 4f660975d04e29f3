package org.aden.game.network.server.world;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x12 DeleteObject (world-presence.md §5); second int 0 as Mobius. */
public record DeleteObject(int objectId) implements ServerPacket {
    public static final int OPCODE = 0x12;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(objectId).writeD(0);
    }
}
