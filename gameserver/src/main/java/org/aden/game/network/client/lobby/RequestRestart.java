package org.aden.game.network.client.lobby;

import org.aden.common.net.PacketReader;

/** C→S 0x46: opcode only; back to character selection. */
public record RequestRestart() {
    public static final int OPCODE = 0x46;
    private static final RequestRestart INSTANCE = new RequestRestart();

    public static RequestRestart read(PacketReader r) {
        return INSTANCE;
    }
}
