package org.aden.game.network.server.item;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x1B ItemList: the whole inventory with 36-byte item records (world-items.md §1.1, §2). */
public record ItemList(boolean showWindow, List<Entry> items) implements ServerPacket {
    public static final int OPCODE = 0x1B;

    public ItemList {
        items = List.copyOf(items);
    }

    /** One owned item as the inventory window shows it; bodyPart is the item's slot mask (world-items.md §1.2). */
    public record Entry(
            int objectId, int itemId, int type1, int type2, long count, boolean equipped, int bodyPart, int enchant) {}

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeH(showWindow ? 1 : 0).writeH(items.size());
        for (Entry i : items) {
            writeItem(w, i);
        }
    }

    /** The shared 36-byte inventory record, also used by InventoryUpdate. */
    public static void writeItem(PacketWriter w, Entry i) {
        w.writeH(i.type1()).writeD(i.objectId()).writeD(i.itemId()).writeD((int)
                Math.min(Integer.MAX_VALUE, i.count()));
        w.writeH(i.type2()).writeH(0).writeH(i.equipped() ? 1 : 0);
        w.writeD(i.bodyPart()).writeH(i.enchant()).writeH(0);
        w.writeD(0).writeD(-1); // augmentation, mana (-1 = not a shadow item)
    }
}
