package org.aden.game.shop;

import java.util.List;
import java.util.Set;

/** A merchant's list of datapack/buylists: what it sells at which price, and the NPCs that offer it. */
public record BuyList(int id, Set<Integer> npcs, List<Entry> items) {
    /** One item for sale; count 0 = unlimited stock, else a stock of that many refilled every restockMinutes. */
    public record Entry(int itemId, long price, long count, int restockMinutes) {
        public boolean limited() {
            return count > 0;
        }
    }

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
