package org.aden.game.network.client.manor;

import org.aden.common.net.PacketReader;

/** C→S 0xD0:0008: empty; the client sends it between CharSelected and EnterWorld (and later in game). */
public record RequestManorList() {
    public static final int SUB_OPCODE = 0x0008;
    private static final RequestManorList INSTANCE = new RequestManorList();

    public static RequestManorList read(PacketReader r) {
        return INSTANCE;
    }
}
