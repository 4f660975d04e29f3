package org.aden.game.item;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
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

    /** Why an inventory changed, as the ledger records it. */
    public enum Reason {
        PICKUP,
        KILL,
        BUY,
        SELL,
        TRADE,
        EXCHANGE,
        DROP,
        DESTROY,
        QUEST,
        WAREHOUSE,
        GM,
        /** Consumed by using it (a potion, a scroll). */
        USE,
        /** A spellbook taken by a trainer's lesson. */
        LEARN,
        /** A proof item taken by a village master's class change. */
        CLASS_CHANGE,
        /** A spoiled corpse's items taken by Sweeper. */
        SWEEP,
        /** Dropped at death by a player with karma. */
        KARMA_DROP,
        OTHER
    }

    /** Non-stackable items created by one change at most (a client asking for 10 000 swords). */
    static final int MAX_NEW_INSTANCES = 500;

    private final ItemCatalog catalog;
    private final IntSupplier ids; // an IdFactory::nextId; not the type itself (idfactory -> character -> item cycle)
    private final ItemStore store;
    private final Executor worldThread;
    private final java.time.InstantSource clock;
    /** Owners with a change waiting for its write (world thread only): their inventory takes no other change. */
    private final Set<Integer> writing = new java.util.HashSet<>();

    /** A ledger whose write outcomes are handled on the calling thread (tests with a synchronous store). */
    public ItemLedger(ItemCatalog catalog, IntSupplier ids, ItemStore store) {
        this(catalog, ids, store, Runnable::run, java.time.InstantSource.system());
    }

    /**
     * @param worldThread where the outcome of a confirmed change runs (the world's command queue)
     * @param clock the time of the ledger lines
     */
    public ItemLedger(
            ItemCatalog catalog,
            IntSupplier ids,
            ItemStore store,
            Executor worldThread,
            java.time.InstantSource clock) {
        this.catalog = catalog;
        this.ids = ids;
        this.store = store;
        this.worldThread = worldThread;
        this.clock = clock;
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

    /**
     * Moves owned items between the bag and the paperdoll (no count changes, so no ledger line): the rows whose
     * placement differs are written in one transaction. False, with nothing changed, while another change of this
     * player is being written or when {@code after} is not the same set of items.
     */
    public boolean rearrange(Player p, List<ItemData> after) {
        if (writing.contains(p.objectId())) {
            return false;
        }
        Map<Integer, ItemData> before = new LinkedHashMap<>();
        for (ItemData i : Inventory.of(p).items()) {
            before.put(i.objectId(), i);
        }
        List<ItemData> moved = new ArrayList<>();
        for (ItemData i : after) {
            ItemData was = before.remove(i.objectId());
            if (was == null || was.itemId() != i.itemId() || was.count() != i.count()) {
                return false;
            }
            if (!was.equals(i)) {
                moved.add(i);
            }
        }
        if (!before.isEmpty()) {
            return false;
        }
        Inventory.of(p).setItems(after);
        if (!moved.isEmpty()) {
            store.write(new ItemChange(p.objectId(), after, List.of(), moved, List.of()));
        }
        return true;
    }

    /** Applies all deltas or none; false when a loss exceeds what the player has or an id is unknown. */
    public boolean apply(Player p, List<Delta> deltas) {
        return apply(p, deltas, Reason.OTHER, "");
    }

    /** As {@link #apply(Player, List)}, recording why and with whom in the ledger. */
    public boolean apply(Player p, List<Delta> deltas, Reason reason, String counterpart) {
        if (writing.contains(p.objectId())) {
            return false;
        }
        ItemChange change = logged(p, compute(p, deltas), deltas, reason, counterpart);
        if (change == null) {
            return false;
        }
        if (!change.isEmpty()) {
            Inventory.of(p).setItems(change.items());
            store.write(change);
        }
        return true;
    }

    /**
     * Applies all deltas or none, but only once the database has them: the inventory changes (and
     * {@code committed} runs) on the world thread after the transaction committed; a failed write changes nothing
     * and runs {@code failed}. Meanwhile the player's inventory takes no other change. Used when something leaves
     * the world in exchange (an item picked up), so that a crash or a failed write can never leave it twice.
     *
     * @return false, with nothing started, when the change cannot be made or another one is being written
     */
    public boolean applyWhenWritten(
            Player p,
            List<Delta> deltas,
            Reason reason,
            String counterpart,
            Consumer<ItemChange> committed,
            Runnable failed) {
        if (writing.contains(p.objectId())) {
            return false;
        }
        ItemChange change = logged(p, compute(p, deltas), deltas, reason, counterpart);
        if (change == null) {
            return false;
        }
        if (change.isEmpty()) {
            committed.accept(change);
            return true;
        }
        writeThen(p, change, committed, failed);
        return true;
    }

    /**
     * As {@link #applyWhenWritten(Player, List, Reason, String, Consumer, Runnable)}, with another system's rows in
     * the same transaction: what the items pay for (a skill and the SP left, a new class) is written together with
     * their removal, so that a crash can never keep the one without the other. {@code deltas} may be empty (a
     * lesson without a spellbook): then only {@code also} is written, in this player's order of item changes.
     */
    public boolean applyWhenWritten(
            Player p,
            List<Delta> deltas,
            Reason reason,
            String counterpart,
            ItemChange.AlsoWrite also,
            Consumer<ItemChange> committed,
            Runnable failed) {
        if (writing.contains(p.objectId())) {
            return false;
        }
        ItemChange change = logged(p, compute(p, deltas), deltas, reason, counterpart);
        if (change == null) {
            return false;
        }
        writeThen(p, change.with(also), committed, failed);
        return true;
    }

    /**
     * As {@link #applyWhenWritten} for one given item instance (dropping or destroying that stack or that sword,
     * not any of the same id): {@code count} of it leaves the inventory once the database has the change.
     *
     * @return false, with nothing started, when the item is not the player's, is worn, the count is not within 1 and
     *     its stack, or another change is being written
     */
    public boolean removeWhenWritten(
            Player p,
            int objectId,
            long count,
            Reason reason,
            String counterpart,
            Consumer<ItemChange> committed,
            Runnable failed) {
        ItemData item = null;
        for (ItemData i : Inventory.of(p).items()) {
            if (i.objectId() == objectId) {
                item = i;
            }
        }
        if (item == null || item.equipped() || count < 1 || count > item.count()) {
            return false;
        }
        return applyWhenWritten(
                p, List.of(new Delta(item.itemId(), -count, objectId)), reason, counterpart, committed, failed);
    }

    /** Writes the change; on the world thread, applies it and runs {@code committed}, or runs {@code failed}. */
    private void writeThen(Player p, ItemChange change, Consumer<ItemChange> committed, Runnable failed) {
        writing.add(p.objectId());
        store.write(change)
                .whenComplete((v, e) -> worldThread.execute(() -> {
                    writing.remove(p.objectId());
                    if (e == null) {
                        Inventory.of(p).apply(change);
                        committed.accept(change);
                    } else {
                        failed.run();
                    }
                }));
    }

    /**
     * A trade between two players, written as one transaction once both sides are computed: {@code fromA} leaves
     * a's bag for b's and {@code fromB} the other way (a whole stack or part of it; the receiver gets new rows, or
     * the amount joins its stack). Each side's ledger lines say {@link Reason#TRADE} and name the other character.
     * Nothing changes in memory until the database has it (as a pickup); meanwhile neither inventory takes another
     * change. False, with nothing started, when an item is not in its owner's bag, is worn, is asked for more than
     * there is, a count would overflow, or either player has a change being written.
     */
    public boolean tradeWhenWritten(
            Player a, List<Move> fromA, Player b, List<Move> fromB, Runnable committed, Runnable failed) {
        if (a == b || writing.contains(a.objectId()) || writing.contains(b.objectId())) {
            return false;
        }
        List<Delta> toA = new ArrayList<>(); // what a loses, then what a gains
        List<Delta> toB = new ArrayList<>();
        List<Delta> gainsA = new ArrayList<>();
        List<Delta> gainsB = new ArrayList<>();
        if (!split(a, fromA, toA, gainsB) || !split(b, fromB, toB, gainsA)) {
            return false;
        }
        toA.addAll(gainsA);
        toB.addAll(gainsB);
        ItemChange ca = logged(a, compute(a, toA), toA, Reason.TRADE, "char:" + b.objectId());
        ItemChange cb = logged(b, compute(b, toB), toB, Reason.TRADE, "char:" + a.objectId());
        if (ca == null || cb == null) {
            return false;
        }
        writing.add(a.objectId());
        writing.add(b.objectId());
        store.writeTogether(List.of(ca, cb))
                .whenComplete((v, e) -> worldThread.execute(() -> {
                    writing.remove(a.objectId());
                    writing.remove(b.objectId());
                    if (e == null) {
                        Inventory.of(a).apply(ca);
                        Inventory.of(b).apply(cb);
                        committed.run();
                    } else {
                        failed.run();
                    }
                }));
        return true;
    }

    /** The giver's losses (that very item) and the receiver's gains (same id and enchant) of one side's moves. */
    private boolean split(Player giver, List<Move> moves, List<Delta> giverDeltas, List<Delta> receiverDeltas) {
        Map<Integer, ItemData> bag = byObject(Inventory.of(giver).items());
        Map<Integer, Long> asked = new LinkedHashMap<>();
        for (Move m : moves) {
            asked.merge(m.objectId(), m.count(), Long::sum);
        }
        for (Map.Entry<Integer, Long> e : asked.entrySet()) {
            ItemData i = bag.get(e.getKey());
            long n = e.getValue();
            if (i == null || i.equipped() || n < 1 || n > i.count()) {
                return false;
            }
            giverDeltas.add(new Delta(i.itemId(), -n, i.objectId()));
            receiverDeltas.add(
                    catalog.get(i.itemId()).stackable()
                            ? new Delta(i.itemId(), n)
                            : Delta.enchanted(i.itemId(), n, i.enchantLevel()));
        }
        return true;
    }

    /** One line of a warehouse move: that item, that many. */
    public record Move(int objectId, long count) {}

    /**
     * Moves items between the bag and the private warehouse, and takes the fee from the bag's adena, as one change:
     * a whole item or stack changes place (its row moves), part of a stack is split off or joins the stack already
     * there. False, with nothing changed, when an item is not where it should be, is worn, is asked for more than
     * there is, the fee cannot be paid, or another change of the player is being written.
     */
    public boolean moveToWarehouse(Player p, List<Move> moves, long fee) {
        return transfer(p, moves, fee, true);
    }

    /** The other way: from the private warehouse into the bag (see {@link #moveToWarehouse}). */
    public boolean moveFromWarehouse(Player p, List<Move> moves, long fee) {
        return transfer(p, moves, fee, false);
    }

    private boolean transfer(Player p, List<Move> moves, long fee, boolean deposit) {
        if (writing.contains(p.objectId()) || moves.isEmpty()) {
            return false;
        }
        Map<Integer, ItemData> bag = byObject(Inventory.of(p).items());
        Map<Integer, ItemData> vault = byObject(Warehouse.of(p).items());
        Map<Integer, ItemData> from = deposit ? bag : vault;
        Map<Integer, ItemData> to = deposit ? vault : bag;
        ItemLocation target = deposit ? ItemLocation.WAREHOUSE : ItemLocation.INVENTORY;
        Map<Integer, ItemData> inserted = new LinkedHashMap<>();
        Map<Integer, ItemData> updated = new LinkedHashMap<>();
        List<Integer> deleted = new ArrayList<>();
        Map<Integer, Long> moved = new LinkedHashMap<>();
        for (Move m : moves) {
            ItemData i = from.get(m.objectId());
            if (i == null || i.equipped() || m.count() < 1 || m.count() > i.count()) {
                return false;
            }
            ItemTemplate t = catalog.get(i.itemId());
            ItemData stack = t.stackable()
                    ? to.values().stream()
                            .filter(o -> o.itemId() == i.itemId() && !o.equipped())
                            .findFirst()
                            .orElse(null)
                    : null;
            if (m.count() == i.count() && stack == null) {
                ItemData placed = placed(i, target);
                from.remove(i.objectId());
                to.put(placed.objectId(), placed);
                (inserted.containsKey(placed.objectId()) ? inserted : updated).put(placed.objectId(), placed);
            } else {
                if (m.count() == i.count()) {
                    from.remove(i.objectId());
                    if (inserted.remove(i.objectId()) == null) {
                        updated.remove(i.objectId());
                        deleted.add(i.objectId());
                    }
                } else {
                    ItemData left = withCount(i, i.count() - m.count());
                    from.put(left.objectId(), left);
                    (inserted.containsKey(left.objectId()) ? inserted : updated).put(left.objectId(), left);
                }
                ItemData joined = stack != null
                        ? withCount(stack, stack.count() + m.count())
                        : new ItemData(
                                ids.getAsInt(), p.objectId(), i.itemId(), m.count(), i.enchantLevel(), target, -1);
                if (joined.count() > Integer.MAX_VALUE) {
                    return false; // the wire carries 32-bit counts
                }
                to.put(joined.objectId(), joined);
                (stack == null || inserted.containsKey(joined.objectId()) ? inserted : updated)
                        .put(joined.objectId(), joined);
            }
            moved.merge(i.itemId(), deposit ? -m.count() : m.count(), Long::sum);
        }
        if (fee > 0 && !pay(bag, fee, inserted, updated, deleted)) {
            return false;
        }
        long now = clock.millis();
        List<LedgerEntry> log = new ArrayList<>();
        moved.forEach((item, count) ->
                log.add(new LedgerEntry(now, p.objectId(), item, count, "warehouse", Reason.WAREHOUSE)));
        if (fee > 0) {
            log.add(new LedgerEntry(now, p.objectId(), ADENA, -fee, "warehouse fee", Reason.WAREHOUSE));
        }
        List<ItemData> bagAfter = new ArrayList<>(bag.values());
        Inventory.of(p).setItems(bagAfter);
        Warehouse.of(p).setItems(new ArrayList<>(vault.values()));
        store.write(new ItemChange(
                p.objectId(),
                bagAfter,
                new ArrayList<>(inserted.values()),
                new ArrayList<>(updated.values()),
                deleted,
                log));
        return true;
    }

    private static final int ADENA = 57;

    /** Takes {@code fee} adena out of the bag's stacks; false when there is not enough. */
    private static boolean pay(
            Map<Integer, ItemData> bag,
            long fee,
            Map<Integer, ItemData> inserted,
            Map<Integer, ItemData> updated,
            List<Integer> deleted) {
        long left = fee;
        for (ItemData i : new ArrayList<>(bag.values())) {
            if (left == 0) {
                break;
            }
            if (i.itemId() != ADENA || i.equipped()) {
                continue;
            }
            long take = Math.min(left, i.count());
            left -= take;
            if (take == i.count()) {
                bag.remove(i.objectId());
                if (inserted.remove(i.objectId()) == null) {
                    updated.remove(i.objectId());
                    deleted.add(i.objectId());
                }
            } else {
                ItemData n = withCount(i, i.count() - take);
                bag.put(n.objectId(), n);
                (inserted.containsKey(n.objectId()) ? inserted : updated).put(n.objectId(), n);
            }
        }
        return left == 0;
    }

    private static Map<Integer, ItemData> byObject(List<ItemData> items) {
        Map<Integer, ItemData> out = new LinkedHashMap<>();
        for (ItemData i : items) {
            out.put(i.objectId(), i);
        }
        return out;
    }

    private static ItemData placed(ItemData i, ItemLocation location) {
        return new ItemData(i.objectId(), i.ownerId(), i.itemId(), i.count(), i.enchantLevel(), location, -1);
    }

    /** True while a confirmed change of the player waits for its write. */
    public boolean isWriting(Player p) {
        return writing.contains(p.objectId());
    }

    /** The change with one ledger line per item id of the deltas (their counts summed); null stays null. */
    private ItemChange logged(Player p, ItemChange change, List<Delta> deltas, Reason reason, String counterpart) {
        if (change == null || change.isEmpty()) {
            return change;
        }
        Map<Integer, Long> byItem = new LinkedHashMap<>();
        for (Delta d : deltas) {
            byItem.merge(d.itemId(), d.count(), Long::sum);
        }
        long now = clock.millis();
        List<LedgerEntry> log = new ArrayList<>(byItem.size());
        byItem.forEach((item, count) -> {
            if (count != 0) {
                log.add(new LedgerEntry(now, p.objectId(), item, count, counterpart, reason));
            }
        });
        return new ItemChange(
                change.ownerId(), change.items(), change.inserted(), change.updated(), change.deleted(), log);
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
