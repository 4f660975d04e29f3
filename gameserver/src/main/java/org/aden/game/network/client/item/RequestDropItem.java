package org.aden.game.network.client.item;

import org.aden.common.net.PacketReader;

/** C→S 0x12: drop {@code count} of an inventory item at a point on the ground (world-items.md §5.1). */
public record RequestDropItem(int objectId, int count, int x, int y, int z) {
    public static final int OPCODE = 0x12;

    public static RequestDropItem read(PacketReader r) {
        return new RequestDropItem(r.readD(), r.readD(), r.readD(), r.readD(), r.readD());
    }
}
