package org.aden.game.network.client.action;

import org.aden.common.net.PacketReader;

/** C→S 0x45: action bar use; 0 sit/stand, 1 walk/run (world-presence.md §8.3). */
public record RequestActionUse(int actionId, boolean ctrl, boolean shift) {
    public static final int OPCODE = 0x45;
    public static final int SIT_STAND = 0;
    public static final int WALK_RUN = 1;

    public static RequestActionUse read(PacketReader r) {
        return new RequestActionUse(r.readD(), r.readD() != 0, r.readC() != 0);
    }
}
