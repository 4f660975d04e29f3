package org.aden.game.shop;

import java.util.List;
import java.util.Set;

/** A merchant's list of datapack/buylists: what it sells at which price, and the NPCs that offer it. */
public record BuyList(int id, Set<Integer> npcs, List<Entry> items) {
    /** One item for sale; count 0 = unlimited stock. */
    public record Entry(int itemId, long price, long count) {}

    public BuyList {
        npcs = Set.copyOf(npcs);
        items = List.copyOf(items);
    }

    public Entry entry(int itemId) {
        for (Entry e : items) {
            if (e.itemId() == itemId) {
                return e;
            }
        }
        return null;
    }
}
