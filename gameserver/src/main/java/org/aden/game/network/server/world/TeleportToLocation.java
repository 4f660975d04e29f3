package org.aden.game.network.server.world;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x28 TeleportToLocation (world-presence.md §7.1); aCis form without the trailing heading. */
public record TeleportToLocation(int objectId, int x, int y, int z) implements ServerPacket {
    public static final int OPCODE = 0x28;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(objectId).writeD(x).writeD(y).writeD(z).writeD(0);
    }
}
