package org.aden.game.network.server.multisell;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0xD0 MultiSellList: one page (≤ 40 entries) of an exchange list (docs/protocol/npc-services.md §1.2). */
public record MultiSellList(int listId, int page, boolean finished, List<Entry> entries) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.MULTI_SELL_LIST.opcode();
    public static final int PAGE_SIZE = 40;

    /** One item of an entry; type2 0xFFFF and bodyPart 0 mark a currency that is not an item. */
    public record Item(int itemId, int bodyPart, int type2, long count, int enchant) {}

    /** @param stackable whether the client offers a quantity box (aCis: only when every product stacks) */
    public record Entry(int entryId, boolean stackable, List<Item> products, List<Item> ingredients) {
        public Entry {
            products = List.copyOf(products);
            ingredients = List.copyOf(ingredients);
        }
    }

    public MultiSellList {
        entries = List.copyOf(entries);
        if (entries.size() > PAGE_SIZE) {
            throw new IllegalArgumentException("a page holds at most " + PAGE_SIZE + " entries");
        }
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(listId).writeD(page).writeD(finished ? 1 : 0).writeD(PAGE_SIZE);
        w.writeD(entries.size());
        for (Entry e : entries) {
            w.writeD(e.entryId()).writeD(0).writeD(0).writeC(e.stackable() ? 1 : 0);
            w.writeH(e.products().size()).writeH(e.ingredients().size());
            for (Item p : e.products()) {
                w.writeH(p.itemId()).writeD(p.bodyPart()).writeH(p.type2()).writeD(count(p));
                w.writeH(p.enchant()).writeD(0).writeD(0);
            }
            for (Item i : e.ingredients()) {
                w.writeH(i.itemId()).writeH(i.type2()).writeD(count(i));
                w.writeH(i.enchant()).writeD(0).writeD(0);
            }
        }
    }

    private static int count(Item i) {
        return (int) Math.min(Integer.MAX_VALUE, i.count());
    }
}
