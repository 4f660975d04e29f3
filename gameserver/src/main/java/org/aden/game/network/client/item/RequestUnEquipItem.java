package org.aden.game.network.client.item;

import org.aden.common.net.PacketReader;

/** C→S 0x11: an item dragged off the paperdoll, named by its slot's body-part mask (world-items.md §4.2). */
public record RequestUnEquipItem(int slotMask) {
    public static final int OPCODE = 0x11;

    public static RequestUnEquipItem read(PacketReader r) {
        return new RequestUnEquipItem(r.readD());
    }
}
