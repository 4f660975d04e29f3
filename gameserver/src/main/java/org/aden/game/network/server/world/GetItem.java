package org.aden.game.network.server.world;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/**
 * S→C 0x0D GetItem: someone picks an item up; plays the animation and removes the item from the viewer's screen
 * (world-items.md §5.4), so no DeleteObject follows it.
 */
public record GetItem(int pickerId, int objectId, int x, int y, int z) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.GET_ITEM.opcode();

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(pickerId).writeD(objectId).writeD(x).writeD(y).writeD(z);
    }
}
