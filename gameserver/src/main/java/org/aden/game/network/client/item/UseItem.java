package org.aden.game.network.client.item;

import org.aden.common.net.PacketReader;

/** C→S 0x14: a double-click on an inventory item (equip or take off, use) (world-items.md §4.1). */
public record UseItem(int objectId, boolean ctrlPressed) {
    public static final int OPCODE = 0x14;

    public static UseItem read(PacketReader r) {
        int objectId = r.readD();
        // the client sends the Ctrl flag (Mobius, aCis read it); one public headless client omits it
        return new UseItem(objectId, r.remaining() >= 4 && r.readD() != 0);
    }
}
