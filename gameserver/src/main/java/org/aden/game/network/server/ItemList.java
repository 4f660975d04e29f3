package org.aden.game.network.server;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.world.stat.InventoryItem;

/** S→C 0x1B ItemList: the whole inventory with 36-byte item records (world-items.md §1.1, §2). */
public record ItemList(boolean showWindow, List<InventoryItem> items) implements ServerPacket {
    public static final int OPCODE = 0x1B;

    public ItemList {
        items = List.copyOf(items);
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeH(showWindow ? 1 : 0).writeH(items.size());
        for (InventoryItem i : items) {
            writeItem(w, i);
        }
    }

    /** The shared 36-byte inventory record, also used by InventoryUpdate. */
    public static void writeItem(PacketWriter w, InventoryItem i) {
        w.writeH(i.template().type1())
                .writeD(i.objectId())
                .writeD(i.template().itemId())
                .writeD(i.count());
        w.writeH(i.template().type2()).writeH(0).writeH(i.equipped() ? 1 : 0);
        w.writeD(i.template().bodyPart()).writeH(i.enchant()).writeH(0);
        w.writeD(0).writeD(-1); // augmentation, mana (-1 = not a shadow item)
    }
}
