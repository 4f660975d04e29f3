package org.aden.game.network.client.move;

import org.aden.common.net.PacketReader;

/**
 * C→S 0x01: a click on the ground (world-presence.md §6.1). moveMode 1 = mouse, 0 = keyboard; a client
 * that omits it is tolerated (mode -1) rather than dropped.
 */
public record MoveBackwardToLocation(
        int targetX, int targetY, int targetZ, int originX, int originY, int originZ, int moveMode) {
    public static final int OPCODE = 0x01;

    public static MoveBackwardToLocation read(PacketReader r) {
        int tx = r.readD();
        int ty = r.readD();
        int tz = r.readD();
        int ox = r.readD();
        int oy = r.readD();
        int oz = r.readD();
        int mode = r.remaining() >= 4 ? r.readD() : -1;
        return new MoveBackwardToLocation(tx, ty, tz, ox, oy, oz, mode);
    }
}
