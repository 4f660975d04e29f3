package org.aden.game.network.client.trade;

import org.aden.common.net.PacketReader;

/**
 * C→S 0x15 TradeRequest: {@code d} object id of the player asked to trade (game-handshake.md §7.1). The public
 * TS test client sends a bare 0x15 to ask for its inventory (ts-client-compat D9); that empty form is kept
 * apart as {@link #inventoryRequest()} so the original client's layout is never guessed at.
 */
public record TradeRequest(int targetObjectId, boolean inventoryRequest) {
    public static final int OPCODE = 0x15;

    public static TradeRequest read(PacketReader r) {
        if (r.remaining() == 0) {
            return new TradeRequest(0, true);
        }
        return new TradeRequest(r.readD(), false);
    }
}
