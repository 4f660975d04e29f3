package org.aden.game.network.server.trade;

import org.aden.common.net.PacketWriter;

/**
 * The 28-byte item record of the trade window (docs/protocol/items-extra.md §3.4): the inventory record without
 * the equipped flag, augmentation and mana. The custom types are 0 for every item we trade.
 */
public record TradeItem(int type1, int objectId, int itemId, long count, int type2, int bodyPart, int enchant) {
    public static final int SIZE = 28;

    void write(PacketWriter w) {
        w.writeH(type1).writeD(objectId).writeD(itemId).writeD((int) Math.min(Integer.MAX_VALUE, count));
        w.writeH(type2).writeH(0).writeD(bodyPart).writeH(enchant).writeH(0).writeH(0);
    }

    /** The same item with another count (what was offered, what is left). */
    public TradeItem withCount(long n) {
        return new TradeItem(type1, objectId, itemId, n, type2, bodyPart, enchant);
    }
}
