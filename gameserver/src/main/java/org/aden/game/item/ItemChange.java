package org.aden.game.item;

import java.util.List;
import org.apache.ibatis.session.SqlSession;

/**
 * One transactional change of an inventory, as computed from its deltas: the rows to write, all in one database
 * transaction, with the ledger lines that explain it. {@code items} is the inventory after the change.
 * {@code alsoWrite} is what another system writes in the same transaction, because it is what the items paid for
 * (the skill a spellbook teaches, the class a proof item earns); null for none.
 */
public record ItemChange(
        int ownerId,
        List<ItemData> items,
        List<ItemData> inserted,
        List<ItemData> updated,
        List<Integer> deleted,
        List<LedgerEntry> log,
        AlsoWrite alsoWrite) {
    /** Rows of another system written inside the item change's transaction (before its commit). */
    @FunctionalInterface
    public interface AlsoWrite {
        void write(SqlSession session);
    }

    public ItemChange {
        items = List.copyOf(items);
        inserted = List.copyOf(inserted);
        updated = List.copyOf(updated);
        deleted = List.copyOf(deleted);
        log = List.copyOf(log);
    }

    public ItemChange(
            int ownerId,
            List<ItemData> items,
            List<ItemData> inserted,
            List<ItemData> updated,
            List<Integer> deleted,
            List<LedgerEntry> log) {
        this(ownerId, items, inserted, updated, deleted, log, null);
    }

    /** A change without ledger lines. */
    public ItemChange(
            int ownerId, List<ItemData> items, List<ItemData> inserted, List<ItemData> updated, List<Integer> deleted) {
        this(ownerId, items, inserted, updated, deleted, List.of(), null);
    }

    /** The same change with rows of another system in its transaction. */
    public ItemChange with(AlsoWrite also) {
        return new ItemChange(ownerId, items, inserted, updated, deleted, log, also);
    }

    /** True when there is nothing to write (no item row and nothing else). */
    public boolean isEmpty() {
        return inserted.isEmpty() && updated.isEmpty() && deleted.isEmpty() && alsoWrite == null;
    }
}
