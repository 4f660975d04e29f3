package org.aden.game.network.client.party;

import org.aden.common.net.PacketReader;

/** C→S 0x2B: leave the party (empty body; session-party §4.10). */
public record RequestWithDrawalParty() {
    public static final int OPCODE = 0x2B;
    private static final RequestWithDrawalParty INSTANCE = new RequestWithDrawalParty();

    public static RequestWithDrawalParty read(PacketReader r) {
        return INSTANCE;
    }
}
