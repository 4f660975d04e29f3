package org.aden.game.network.server.item;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/**
 * S→C 0x27 InventoryUpdate: items added, changed or removed, each an h change code and the 36-byte item record
 * (world-items.md §1.1, §3). Code 0 ("unchanged", leaked by one server) is never sent.
 */
public record InventoryUpdate(List<Change> changes) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.INVENTORY_UPDATE.opcode();
    public static final int ADDED = 1;
    public static final int MODIFIED = 2;
    public static final int REMOVED = 3;

    public InventoryUpdate {
        changes = List.copyOf(changes);
    }

    /** One changed item; a removed item carries its last data. */
    public record Change(int type, ItemList.Entry item) {
        public Change {
            if (type != ADDED && type != MODIFIED && type != REMOVED) {
                throw new IllegalArgumentException("InventoryUpdate change type must be 1, 2 or 3: " + type);
            }
        }
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeH(changes.size());
        for (Change c : changes) {
            w.writeH(c.type());
            ItemList.writeItem(w, c.item());
        }
    }
}
