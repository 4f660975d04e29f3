package org.aden.game.item;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.aden.common.db.DatabaseHealth;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Writes item changes on the persistence executor, each in one transaction (all rows or none, the ledger lines
 * included). The changes of one owner are chained, so a later change never lands before an earlier one. With a
 * {@link DatabaseHealth}, a change that fails because the database is unreachable is retried (1 s doubling to 30 s)
 * until it lands or the store is closed. A failed attempt may still have committed (the connection broke after the
 * commit left): a retry first looks for the change's first ledger line or first inserted row and, if it is there,
 * counts the change as written instead of doubling it.
 */
public final class DbItemStore implements ItemStore {
    private static final Logger LOG = LogManager.getLogger(DbItemStore.class);
    private static final long FIRST_RETRY_MILLIS = 1_000;
    private static final long LAST_RETRY_MILLIS = 30_000;
    private final SqlSessionFactory sessions;
    private final Executor executor;
    private final DatabaseHealth health; // null: no retry
    private final Map<Integer, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public DbItemStore(SqlSessionFactory sessions, Executor executor) {
        this(sessions, executor, null);
    }

    public DbItemStore(SqlSessionFactory sessions, Executor executor, DatabaseHealth health) {
        this.sessions = sessions;
        this.executor = executor;
        this.health = health;
    }

    /** Stops retrying: changes still waiting for the database fail (and are logged) instead. */
    public void close() {
        closed = true;
    }

    /** Owners with an item change queued or running (shutdown report). */
    public int pending() {
        return tails.size();
    }

    @Override
    public CompletableFuture<Void> write(ItemChange change) {
        CompletableFuture<Void> next = tails.compute(
                change.ownerId(),
                (id, prev) -> (prev == null
                                ? CompletableFuture.<Void>completedFuture(null)
                                : prev.exceptionally(e -> null))
                        .thenRunAsync(() -> writeRetrying(List.of(change)), executor));
        next.whenComplete((v, e) -> {
            tails.remove(change.ownerId(), next);
            if (e != null) {
                LOG.error(
                        "Item change of character {} was not saved (rolled back): {}", change.ownerId(), e.toString());
            }
        });
        return next;
    }

    /**
     * Both sides of a trade in one transaction: it starts once every earlier change of each owner is done, and each
     * owner's next change waits for it.
     */
    @Override
    public CompletableFuture<Void> writeTogether(List<ItemChange> changes) {
        CompletableFuture<Void> start = new CompletableFuture<>();
        CompletableFuture<Void> next = start.thenRunAsync(() -> writeRetrying(changes), executor);
        List<CompletableFuture<Void>> before = new ArrayList<>();
        for (ItemChange c : changes) {
            tails.compute(c.ownerId(), (id, prev) -> {
                if (prev != null) {
                    before.add(prev.exceptionally(e -> null));
                }
                return next;
            });
        }
        CompletableFuture.allOf(before.toArray(CompletableFuture[]::new)).whenComplete((v, e) -> start.complete(null));
        next.whenComplete((v, e) -> {
            for (ItemChange c : changes) {
                tails.remove(c.ownerId(), next);
            }
            if (e != null) {
                LOG.error(
                        "Trade between characters {} was not saved (rolled back): {}",
                        changes.stream().map(c -> String.valueOf(c.ownerId())).toList(),
                        e.toString());
            }
        });
        return next;
    }

    private void writeRetrying(List<ItemChange> c) {
        long backoff = FIRST_RETRY_MILLIS;
        for (int attempt = 0; ; attempt++) {
            try {
                writeNow(c, attempt > 0);
                if (health != null) {
                    health.succeeded();
                }
                return;
            } catch (RuntimeException e) {
                if (health == null || closed || !health.failed(e)) {
                    throw e;
                }
            }
            try {
                Thread.sleep(health.isUp() ? FIRST_RETRY_MILLIS : backoff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the database", e);
            }
            backoff = Math.min(LAST_RETRY_MILLIS, backoff * 2);
        }
    }

    private void writeNow(List<ItemChange> changes, boolean retry) {
        try (SqlSession s = sessions.openSession(false)) {
            ItemChange first = changes.get(0);
            if (retry && landed(s.getConnection(), first)) {
                LOG.info("Item change of character {} had been written before its connection broke", first.ownerId());
                return;
            }
            ItemMapper m = s.getMapper(ItemMapper.class);
            for (ItemChange c : changes) {
                for (Integer id : c.deleted()) {
                    m.delete(id);
                }
                for (ItemData i : c.updated()) {
                    m.update(i); // a count, or a move between the bag and the paperdoll
                }
                for (ItemData i : c.inserted()) {
                    m.insert(i);
                }
                for (LedgerEntry e : c.log()) {
                    m.insertLedger(e);
                }
                if (c.alsoWrite() != null) {
                    c.alsoWrite().write(s);
                }
            }
            s.commit();
        }
    }

    /**
     * Whether an earlier attempt of this change committed: its first ledger line, or else its first inserted row, is
     * in the database. A change with neither only updates and deletes rows, which is safe to do twice.
     */
    static boolean landed(Connection c, ItemChange change) {
        try {
            if (!change.log().isEmpty()) {
                LedgerEntry e = change.log().get(0);
                try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM item_ledger WHERE at = ? AND char_id = ?"
                        + " AND item_id = ? AND count = ? AND counterpart = ? AND reason = ? LIMIT 1")) {
                    q.setLong(1, e.at());
                    q.setInt(2, e.charId());
                    q.setInt(3, e.itemId());
                    q.setLong(4, e.count());
                    q.setString(5, e.counterpart());
                    q.setString(6, e.reason().name());
                    try (ResultSet r = q.executeQuery()) {
                        return r.next();
                    }
                }
            }
            if (!change.inserted().isEmpty()) {
                try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM items WHERE obj_id = ?")) {
                    q.setInt(1, change.inserted().get(0).objectId());
                    try (ResultSet r = q.executeQuery()) {
                        return r.next();
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new PersistenceException("checking whether an item change was written", e);
        }
    }

    /** True once no item change of the owner is waiting or being written; false if that takes longer. */
    public boolean awaitWritten(int ownerId, java.time.Duration timeout) throws InterruptedException {
        CompletableFuture<Void> f = tails.get(ownerId);
        if (f == null) {
            return true;
        }
        try {
            f.exceptionally(e -> null).get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    /** Waits for the pending writes of an owner (tests, logout). */
    public void awaitPending(int ownerId) {
        CompletableFuture<Void> f = tails.get(ownerId);
        if (f != null) {
            f.exceptionally(e -> null).join();
        }
    }
}
