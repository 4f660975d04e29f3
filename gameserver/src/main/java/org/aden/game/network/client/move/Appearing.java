package org.aden.game.network.client.move;

import org.aden.common.net.PacketReader;

/** C→S 0x30: the client finished a teleport's loading screen. Empty body. */
public record Appearing() {
    public static final int OPCODE = 0x30;
    private static final Appearing INSTANCE = new Appearing();

    public static Appearing read(PacketReader r) {
        return INSTANCE;
    }
}
