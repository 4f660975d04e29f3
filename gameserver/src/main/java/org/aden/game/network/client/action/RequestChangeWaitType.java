package org.aden.game.network.client.action;

import org.aden.common.net.PacketReader;

/** C→S 0x1D legacy sit/stand request: d 1 = stand (world-presence.md §8.3). */
public record RequestChangeWaitType(boolean stand) {
    public static final int OPCODE = 0x1D;

    public static RequestChangeWaitType read(PacketReader r) {
        return new RequestChangeWaitType(r.readD() == 1);
    }
}
