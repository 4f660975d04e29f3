package org.aden.game.network.client.item;

import org.aden.common.net.PacketReader;

/** C→S 0xD0:0005: d shot item id, d 1 enable / 0 disable automatic use (world-combat-skills.md §7). */
public record RequestAutoSoulShot(int itemId, boolean on) {
    public static final int SUB_OPCODE = 0x0005;

    public static RequestAutoSoulShot read(PacketReader r) {
        return new RequestAutoSoulShot(r.readD(), r.readD() == 1);
    }
}
