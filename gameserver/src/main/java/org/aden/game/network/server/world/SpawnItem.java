package org.aden.game.network.server.world;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x0B SpawnItem: an item already on the ground comes into view (world-items.md §5.3). */
public record SpawnItem(int objectId, int itemId, int x, int y, int z, boolean stackable, int count)
        implements ServerPacket {
    public static final int OPCODE = 0x0B;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(objectId).writeD(itemId).writeD(x).writeD(y).writeD(z);
        w.writeD(stackable ? 1 : 0).writeD(count).writeD(0);
    }
}
