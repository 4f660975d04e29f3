package org.aden.game.network.client.combat;

import org.aden.common.net.PacketReader;

/** C→S 0x6D: a death-dialog button; 0 to village (world-combat-skills.md §3.2). */
public record RequestRestartPoint(int pointType) {
    public static final int OPCODE = 0x6D;
    public static final int TO_VILLAGE = 0;

    public static RequestRestartPoint read(PacketReader r) {
        return new RequestRestartPoint(r.readD());
    }
}
