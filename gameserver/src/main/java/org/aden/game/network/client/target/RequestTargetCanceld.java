package org.aden.game.network.client.target;

import org.aden.common.net.PacketReader;

/** C→S 0x37: Esc or the target window's close button (world-presence.md §9.6). */
public record RequestTargetCanceld(int unselect) {
    public static final int OPCODE = 0x37;

    public static RequestTargetCanceld read(PacketReader r) {
        return new RequestTargetCanceld(r.remaining() >= 2 ? r.readH() : 0);
    }
}
