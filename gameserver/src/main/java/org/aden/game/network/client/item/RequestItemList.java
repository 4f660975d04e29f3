package org.aden.game.network.client.item;

import org.aden.common.net.PacketReader;

/** C→S 0x0F: the inventory opened; answered with ItemList (window flag 1). Empty body. */
public record RequestItemList() {
    public static final int OPCODE = 0x0F;
    private static final RequestItemList INSTANCE = new RequestItemList();

    public static RequestItemList read(PacketReader r) {
        return INSTANCE;
    }
}
