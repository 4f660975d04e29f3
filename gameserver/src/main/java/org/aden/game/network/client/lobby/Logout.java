package org.aden.game.network.client.lobby;

import org.aden.common.net.PacketReader;

/** C→S 0x09: opcode only. */
public record Logout() {
    public static final int OPCODE = 0x09;
    private static final Logout INSTANCE = new Logout();

    public static Logout read(PacketReader r) {
        return INSTANCE;
    }
}
