package org.aden.game.network.client.action;

import org.aden.common.net.PacketReader;

/** C→S 0x1B: an emote, ids 2..13 (world-presence.md §8.5). */
public record RequestSocialAction(int actionId) {
    public static final int OPCODE = 0x1B;

    public static RequestSocialAction read(PacketReader r) {
        return new RequestSocialAction(r.readD());
    }
}
