package org.aden.game.shop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.aden.game.datapack.XmlElement;
import org.aden.game.item.ItemCatalog;

/** Every buy list by id. Immutable. An item without a price sells at its template's price. */
public final class BuyLists {
    private final Map<Integer, BuyList> byId;

    public BuyLists(Map<Integer, BuyList> byId) {
        this.byId = Map.copyOf(byId);
    }

    /** @param roots the parsed and validated files of datapack/buylists (item references are checked before) */
    public static BuyLists load(List<XmlElement> roots, ItemCatalog items) {
        Map<Integer, BuyList> byId = new TreeMap<>();
        for (XmlElement root : roots) {
            for (XmlElement e : root.children("buylist")) {
                Set<Integer> npcs = new HashSet<>();
                for (String s : e.string("npcs", "").trim().split("\\s+")) {
                    if (!s.isEmpty()) {
                        npcs.add(Integer.parseInt(s));
                    }
                }
                List<BuyList.Entry> entries = new ArrayList<>();
                for (XmlElement i : e.children("item")) {
                    int id = i.integer("id");
                    long def =
                            items != null && items.contains(id) ? items.get(id).price() : 0;
                    entries.add(new BuyList.Entry(id, i.longValue("price", def), i.longValue("count", 0), (int)
                            i.longValue("restock-delay-min", 0)));
                }
                byId.put(e.integer("id"), new BuyList(e.integer("id"), npcs, entries));
            }
        }
        return new BuyLists(byId);
    }

    public BuyList get(int id) {
        return byId.get(id);
    }

    /** The lists that name this NPC, in id order. */
    public List<Integer> ofNpc(int npcId) {
        return byId.values().stream()
                .filter(b -> b.npcs().contains(npcId))
                .map(BuyList::id)
                .toList();
    }

    public int size() {
        return byId.size();
    }
}
