package org.aden.game.network.server.shop;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x10 SellList: the player's own items a merchant would buy, with its price each (world-chat-npc.md §8.2). */
public record SellList(long adena, List<Entry> items) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.SELL_LIST.opcode();

    public record Entry(
            int type1, int objectId, int itemId, long count, int type2, int bodyPart, int enchant, long price) {}

    public SellList {
        items = List.copyOf(items);
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(BuyList.clamp(adena)).writeD(0).writeH(items.size());
        for (Entry e : items) {
            w.writeH(e.type1()).writeD(e.objectId()).writeD(e.itemId()).writeD(BuyList.clamp(e.count()));
            w.writeH(e.type2()).writeH(0).writeD(e.bodyPart());
            w.writeH(e.enchant()).writeH(0).writeH(0).writeD(BuyList.clamp(e.price()));
        }
    }
}
