package org.aden.game.network.server.shop;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x11 BuyList: a merchant's window of items for sale (world-chat-npc.md §8.1). */
public record BuyList(long adena, int listId, List<Entry> items) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.BUY_LIST.opcode();

    /** One item for sale; {@code count} is the stock left of a limited item, 0 for unlimited. */
    public record Entry(int type1, int itemId, long count, int type2, int bodyPart, long price) {}

    public BuyList {
        items = List.copyOf(items);
    }

    @Override
    public void write(PacketWriter w) {
        // the count is the number of entries written (Mobius also counts hidden sold-out ones: world.md note 14)
        w.writeC(OPCODE).writeD(clamp(adena)).writeD(listId).writeH(items.size());
        for (Entry e : items) {
            w.writeH(e.type1()).writeD(0).writeD(e.itemId()).writeD(clamp(e.count()));
            w.writeH(e.type2()).writeH(0).writeD(e.type1() == 4 ? 0 : e.bodyPart());
            w.writeH(0).writeH(0).writeH(0).writeD(clamp(e.price()));
        }
    }

    static int clamp(long v) {
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, v)); // the wire carries 32-bit values
    }
}
