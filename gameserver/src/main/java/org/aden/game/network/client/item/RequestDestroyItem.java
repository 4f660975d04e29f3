package org.aden.game.network.client.item;

import org.aden.common.net.PacketReader;

/** C→S 0x59: destroy {@code count} of an inventory item (the trash bin; world-items.md §6). */
public record RequestDestroyItem(int objectId, int count) {
    public static final int OPCODE = 0x59;

    public static RequestDestroyItem read(PacketReader r) {
        return new RequestDestroyItem(r.readD(), r.readD());
    }
}
