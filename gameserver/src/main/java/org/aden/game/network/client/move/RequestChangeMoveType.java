package org.aden.game.network.client.move;

import org.aden.common.net.PacketReader;

/** C→S 0x1C legacy run/walk request: d 1 = run (world-presence.md §8.3). */
public record RequestChangeMoveType(boolean run) {
    public static final int OPCODE = 0x1C;

    public static RequestChangeMoveType read(PacketReader r) {
        return new RequestChangeMoveType(r.readD() == 1);
    }
}
