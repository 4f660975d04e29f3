package org.aden.game.network.client.move;

import org.aden.common.net.PacketReader;

/** C→S 0x48: the client's idea of its own position (world-presence.md §6.4). */
public record ValidatePosition(int x, int y, int z, int heading, int vehicleId) {
    public static final int OPCODE = 0x48;

    public static ValidatePosition read(PacketReader r) {
        return new ValidatePosition(r.readD(), r.readD(), r.readD(), r.readD(), r.readD());
    }
}
