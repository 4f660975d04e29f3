package org.aden.game.network.client.move;

import org.aden.common.net.PacketReader;

/** C→S 0x36: the client stopped against an obstacle (world-presence.md §6.7). */
public record CannotMoveAnymore(int x, int y, int z, int heading) {
    public static final int OPCODE = 0x36;

    public static CannotMoveAnymore read(PacketReader r) {
        return new CannotMoveAnymore(r.readD(), r.readD(), r.readD(), r.readD());
    }
}
