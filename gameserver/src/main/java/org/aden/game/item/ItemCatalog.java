package org.aden.game.item;

import java.util.Collection;
import java.util.Map;

/** Every item template of the datapack, by id; immutable, so a reload builds a new one and swaps it in. */
public final class ItemCatalog {
    private final Map<Integer, ItemTemplate> items;

    public ItemCatalog(Map<Integer, ItemTemplate> items) {
        this.items = Map.copyOf(items);
    }

    /** The template, or {@link ItemTemplate#unknown} for an id the datapack does not define (never stat-bearing). */
    public ItemTemplate get(int itemId) {
        ItemTemplate t = items.get(itemId);
        return t != null ? t : ItemTemplate.unknown(itemId);
    }

    public boolean contains(int itemId) {
        return items.containsKey(itemId);
    }

    public int size() {
        return items.size();
    }

    public Collection<ItemTemplate> all() {
        return items.values();
    }
}
