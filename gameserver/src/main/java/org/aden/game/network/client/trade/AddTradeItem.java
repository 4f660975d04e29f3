package org.aden.game.network.client.trade;

import org.aden.common.net.PacketReader;

/**
 * C→S 0x16 AddTradeItem: {@code count} of the player's own item {@code objectId} into the open trade. The trade id
 * is read and ignored, as by every source (items-extra §3.2).
 */
public record AddTradeItem(int tradeId, int objectId, int count) {
    public static final int OPCODE = 0x16;

    public static AddTradeItem read(PacketReader r) {
        return new AddTradeItem(r.readD(), r.readD(), r.readD());
    }
}
