package org.aden.game.network.server.world;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/**
 * S→C 0x0C DropItem: an item falls to the ground from a creature, with the drop animation (world-items.md §5.2).
 * The last int is 1 in the reference.
 */
public record DropItem(int dropperId, int objectId, int itemId, int x, int y, int z, boolean stackable, int count)
        implements ServerPacket {
    public static final int OPCODE = ServerOpcode.DROP_ITEM.opcode();

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(dropperId).writeD(objectId).writeD(itemId);
        w.writeD(x).writeD(y).writeD(z);
        w.writeD(stackable ? 1 : 0).writeD(count).writeD(1);
    }
}
