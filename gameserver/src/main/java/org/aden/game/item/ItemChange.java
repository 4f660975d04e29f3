package org.aden.game.item;

import java.util.List;

/**
 * One transactional change of an inventory, as computed from its deltas: the rows to write, all in one database
 * transaction, with the ledger lines that explain it. {@code items} is the inventory after the change.
 */
public record ItemChange(
        int ownerId,
        List<ItemData> items,
        List<ItemData> inserted,
        List<ItemData> updated,
        List<Integer> deleted,
        List<LedgerEntry> log) {
    public ItemChange {
        items = List.copyOf(items);
        inserted = List.copyOf(inserted);
        updated = List.copyOf(updated);
        deleted = List.copyOf(deleted);
        log = List.copyOf(log);
    }

    /** A change without ledger lines. */
    public ItemChange(
            int ownerId, List<ItemData> items, List<ItemData> inserted, List<ItemData> updated, List<Integer> deleted) {
        this(ownerId, items, inserted, updated, deleted, List.of());
    }

    public boolean isEmpty() {
        return inserted.isEmpty() && updated.isEmpty() && deleted.isEmpty();
    }
}
