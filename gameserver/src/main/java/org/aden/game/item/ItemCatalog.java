package org.aden.game.item;

import java.util.Collection;
import java.util.Map;

/**
 * Every item template of the datapack, by id. The templates are immutable; a reload builds a new set and swaps it
 * in whole ({@link #replaceWith}), so each lookup sees the old set or the new one, from any thread.
 */
public final class ItemCatalog {
    private volatile Map<Integer, ItemTemplate> items;

    public ItemCatalog(Map<Integer, ItemTemplate> items) {
        this.items = Map.copyOf(items);
    }

    private ItemCatalog(ItemCatalog from) {
        this.items = from.items;
    }

    /**
     * A new ItemCatalog holding the same templates: the running systems hold such a view, which a reload points at the new
     * set ({@link #replaceWith}) while the loaded set stays as it was.
     */
    public ItemCatalog view() {
        return new ItemCatalog(this);
    }

    /** On the world thread, at a reload: every holder of this ItemCatalog sees {@code fresh}'s templates from now on. */
    public void replaceWith(ItemCatalog fresh) {
        items = fresh.items;
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
