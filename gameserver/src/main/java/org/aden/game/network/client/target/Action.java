package org.aden.game.network.client.target;

import org.aden.common.net.PacketReader;

/** C→S 0x04: a click on an object; actionId 0 plain, 1 shift (world-presence.md §9.1). */
public record Action(int objectId, int originX, int originY, int originZ, int actionId) {
    public static final int OPCODE = 0x04;

    public static Action read(PacketReader r) {
        return new Action(r.readD(), r.readD(), r.readD(), r.readD(), r.readC());
    }
}
