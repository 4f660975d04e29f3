package org.aden.game.item;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.aden.game.actor.Player;

/**
 * Changes what players own: a list of deltas (item id, +/- count) is checked as a whole, applied to the
 * inventory at once and written as one database transaction. Either every delta applies or none (e.g. a purchase
 * takes the adena and adds the items together). World thread only.
 */
public final class ItemLedger {
    /**
     * One item id gained (count > 0) or lost (count < 0); a loss with an {@code objectId} other than 0 comes out of
     * that item only (the sword the player picked, not another one of the same id).
     */
    public record Delta(int itemId, long count, int objectId, int enchant) {
        public Delta(int itemId, long count) {
            this(itemId, count, 0, 0);
        }

        public Delta(int itemId, long count, int objectId) {
            this(itemId, count, objectId, 0);
        }

        /** A gain of new, non-stackable items at this enchant level (a multisell keeping the ingredient's). */
        public static Delta enchanted(int itemId, long count, int enchant) {
            return new Delta(itemId, count, 0, enchant);
        }
    }

    /** Non-stackable items created by one change at most (a client asking for 10 000 swords). */
    static final int MAX_NEW_INSTANCES = 500;

    private final ItemCatalog catalog;
    private final IntSupplier ids; // an IdFactory::nextId; not the type itself (idfactory -> character -> item cycle)
    private final ItemStore store;

    public ItemLedger(ItemCatalog catalog, IntSupplier ids, ItemStore store) {
        this.catalog = catalog;
        this.ids = ids;
        this.store = store;
    }

    public ItemCatalog catalog() {
        return catalog;
    }

    public long count(Player p, int itemId) {
        long n = 0;
        for (ItemData i : Inventory.of(p).items()) {
            if (i.itemId() == itemId && !i.equipped()) {
                n += i.count();
            }
        }
        return n;
    }

    /** Applies all deltas or none; false when a loss exceeds what the player has or an id is unknown. */
    public boolean apply(Player p, List<Delta> deltas) {
        ItemChange change = compute(p, deltas);
        if (change == null) {
            return false;
        }
        if (!change.isEmpty()) {
            Inventory.of(p).setItems(change.items());
            store.write(change);
        }
        return true;
    }

    /** The change the deltas make, or null when it cannot be made. */
    ItemChange compute(Player p, List<Delta> deltas) {
        Map<Integer, ItemData> byObject = new LinkedHashMap<>();
        for (ItemData i : Inventory.of(p).items()) {
            byObject.put(i.objectId(), i);
        }
        Map<Integer, ItemData> inserted = new LinkedHashMap<>();
        Map<Integer, ItemData> updated = new LinkedHashMap<>();
        List<Integer> deleted = new ArrayList<>();
        int created = 0;
        for (Delta d : deltas) {
            ItemTemplate t = catalog.contains(d.itemId()) ? catalog.get(d.itemId()) : null;
            if (t == null || d.count() == 0) {
                return null;
            }
            if (d.count() < 0) {
                long left = -d.count();
                for (ItemData i : new ArrayList<>(byObject.values())) {
                    if (left == 0) {
                        break;
                    }
                    if (i.itemId() != d.itemId()
                            || i.equipped()
                            || (d.objectId() != 0 && i.objectId() != d.objectId())) {
                        continue;
                    }
                    long take = Math.min(left, i.count());
                    left -= take;
                    if (take == i.count()) {
                        byObject.remove(i.objectId());
                        if (inserted.remove(i.objectId()) == null) {
                            updated.remove(i.objectId());
                            deleted.add(i.objectId());
                        }
                    } else {
                        ItemData n = withCount(i, i.count() - take);
                        byObject.put(n.objectId(), n);
                        (inserted.containsKey(n.objectId()) ? inserted : updated).put(n.objectId(), n);
                    }
                }
                if (left > 0) {
                    return null;
                }
            } else if (t.stackable()) {
                ItemData stack = byObject.values().stream()
                        .filter(i -> i.itemId() == d.itemId() && !i.equipped())
                        .findFirst()
                        .orElse(null);
                if (stack != null) {
                    if (stack.count() + d.count() > Integer.MAX_VALUE) { // the wire carries 32-bit counts
                        return null;
                    }
                    ItemData n = withCount(stack, stack.count() + d.count());
                    byObject.put(n.objectId(), n);
                    (inserted.containsKey(n.objectId()) ? inserted : updated).put(n.objectId(), n);
                } else {
                    if (d.count() > Integer.MAX_VALUE) {
                        return null;
                    }
                    ItemData n = newItem(p, d.itemId(), d.count(), 0);
                    byObject.put(n.objectId(), n);
                    inserted.put(n.objectId(), n);
                }
            } else {
                created += (int) Math.min(d.count(), MAX_NEW_INSTANCES + 1);
                if (created > MAX_NEW_INSTANCES) {
                    return null;
                }
                for (long k = 0; k < d.count(); k++) {
                    ItemData n = newItem(p, d.itemId(), 1, d.enchant());
                    byObject.put(n.objectId(), n);
                    inserted.put(n.objectId(), n);
                }
            }
        }
        return new ItemChange(
                p.objectId(),
                new ArrayList<>(byObject.values()),
                new ArrayList<>(inserted.values()),
                new ArrayList<>(updated.values()),
                deleted);
    }

    private ItemData newItem(Player p, int itemId, long count, int enchant) {
        return new ItemData(ids.getAsInt(), p.objectId(), itemId, count, enchant, ItemLocation.INVENTORY, -1);
    }

    private static ItemData withCount(ItemData i, long count) {
        return new ItemData(i.objectId(), i.ownerId(), i.itemId(), count, i.enchantLevel(), i.location(), i.slot());
    }
}
