package org.aden.game.item;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aden.game.actor.Player;
import org.aden.game.network.server.item.InventoryUpdate;
import org.aden.game.network.server.item.ItemList;

/**
 * What a player owns and wears (the paperdoll is the equipped part). A component of {@link Player}; world
 * thread only. Changing the equipment runs the listener the session installed (stats are recomputed).
 */
public final class Inventory {
    private final ItemCatalog catalog;
    private List<ItemData> items;
    private Runnable onEquipmentChanged = () -> {};

    public Inventory(ItemCatalog catalog, List<ItemData> items) {
        this.catalog = catalog;
        this.items = List.copyOf(items);
    }

    public static Inventory of(Player p) {
        return p.component(Inventory.class);
    }

    public void onEquipmentChanged(Runnable listener) {
        this.onEquipmentChanged = listener;
    }

    public List<ItemData> items() {
        return items;
    }

    public void setItems(List<ItemData> items) {
        this.items = List.copyOf(items);
        onEquipmentChanged.run();
    }

    /**
     * Merges a written change into the current items: deleted rows go, updated ones are replaced in place and new
     * ones are appended (other items, changed since the change was computed, are kept as they are).
     */
    public void apply(ItemChange change) {
        Map<Integer, ItemData> replaced = new java.util.HashMap<>();
        for (ItemData i : change.updated()) {
            replaced.put(i.objectId(), i);
        }
        java.util.Set<Integer> gone = new java.util.HashSet<>(change.deleted());
        List<ItemData> next = new ArrayList<>(items.size() + change.inserted().size());
        for (ItemData i : items) {
            if (!gone.contains(i.objectId())) {
                next.add(replaced.getOrDefault(i.objectId(), i));
            }
        }
        next.addAll(change.inserted());
        setItems(next);
    }

    /** The item with this object id, or null when the player has none. */
    public ItemData find(int objectId) {
        for (ItemData i : items) {
            if (i.objectId() == objectId) {
                return i;
            }
        }
        return null;
    }

    /** The InventoryUpdate of what changed since {@code before}: added, modified, then removed items. */
    public InventoryUpdate changesSince(List<ItemData> before) {
        Map<Integer, ItemData> was = new java.util.LinkedHashMap<>();
        before.forEach(i -> was.put(i.objectId(), i));
        List<InventoryUpdate.Change> changes = new ArrayList<>();
        for (ItemData i : items) {
            ItemData old = was.remove(i.objectId());
            if (old == null) {
                changes.add(new InventoryUpdate.Change(InventoryUpdate.ADDED, entry(i)));
            } else if (!old.equals(i)) {
                changes.add(new InventoryUpdate.Change(InventoryUpdate.MODIFIED, entry(i)));
            }
        }
        for (ItemData gone : was.values()) {
            changes.add(new InventoryUpdate.Change(InventoryUpdate.REMOVED, entry(gone)));
        }
        return new InventoryUpdate(changes);
    }

    /** An item as the inventory window shows it (ItemList and InventoryUpdate records). */
    public ItemList.Entry entry(ItemData i) {
        ItemTemplate t = template(i);
        return new ItemList.Entry(
                i.objectId(),
                i.itemId(),
                t.type1(),
                t.type2(),
                i.count(),
                i.equipped(),
                t.bodyPart(),
                i.enchantLevel());
    }

    public ItemTemplate template(ItemData item) {
        return catalog.get(item.itemId());
    }

    /** The worn items by slot. */
    public Map<PaperdollSlot, ItemData> paperdoll() {
        Map<PaperdollSlot, ItemData> worn = new EnumMap<>(PaperdollSlot.class);
        for (ItemData i : items) {
            PaperdollSlot s = i.paperdollSlot();
            if (s != null) {
                worn.put(s, i);
            }
        }
        return worn;
    }

    /** The templates of the worn items by slot (what the stat formulas need). */
    public Map<PaperdollSlot, ItemTemplate> equippedTemplates() {
        Map<PaperdollSlot, ItemTemplate> out = new EnumMap<>(PaperdollSlot.class);
        paperdoll().forEach((slot, item) -> out.put(slot, template(item)));
        return out;
    }

    public List<ItemData> equipped() {
        return new ArrayList<>(paperdoll().values());
    }

    /** The ItemList packet of the whole inventory (showWindow opens the inventory window). */
    public ItemList itemList(boolean showWindow) {
        List<ItemList.Entry> entries = new ArrayList<>(items.size());
        for (ItemData i : items) {
            entries.add(entry(i));
        }
        return new ItemList(showWindow, entries);
    }

    /** Interlude's inventory size: 100 slots for dwarves (race 4), 80 for the others (ExStorageMaxCount). */
    public static int slotLimit(Player p) {
        return p.appearance().race() == 4 ? 100 : 80;
    }

    /** Slots in use: every item but quest items (they have their own tab). */
    public int slotsUsed() {
        int n = 0;
        for (ItemData i : items) {
            if (!template(i).questItem()) {
                n++;
            }
        }
        return n;
    }

    /** True when receiving the item needs a slot of its own (not stackable, or no stack of it yet). */
    public boolean needsSlot(ItemTemplate t) {
        if (t.questItem()) {
            return false;
        }
        if (!t.stackable()) {
            return true;
        }
        for (ItemData i : items) {
            if (i.itemId() == t.itemId() && !i.equipped()) {
                return false;
            }
        }
        return true;
    }

    /** SystemMessage 422 "weight limit exceeded" */
    public static final int WEIGHT_LIMIT = 422;
    /** SystemMessage 129 "inventory full" */
    public static final int INVENTORY_FULL = 129;

    /**
     * Why the player could not take on this much more weight and these many more slots: {@link #WEIGHT_LIMIT},
     * {@link #INVENTORY_FULL}, or 0 when there is room.
     */
    public int lackOfRoom(Player p, long addedWeight, int addedSlots) {
        if (currentLoad() + addedWeight > p.stats().maxLoad()) {
            return WEIGHT_LIMIT;
        }
        if (slotsUsed() + addedSlots > slotLimit(p)) {
            return INVENTORY_FULL;
        }
        return 0;
    }

    /** The slots new items of this template would take: one per piece, or one for a stack the player lacks. */
    public int slotsFor(int itemId, long count) {
        ItemTemplate t = catalog.get(itemId);
        if (!needsSlot(t) || t.questItem()) {
            return 0;
        }
        return t.stackable() ? 1 : (int) Math.min(Integer.MAX_VALUE, count);
    }

    /** Total weight carried. */
    public int currentLoad() {
        long load = 0;
        for (ItemData i : items) {
            load += (long) template(i).weight() * i.count();
        }
        return (int) Math.min(Integer.MAX_VALUE, load);
    }
}
