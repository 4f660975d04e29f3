package org.aden.game.item;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.aden.common.db.DatabaseHealth;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Writes item changes on the persistence executor, each in one transaction (all rows or none). The changes of one
 * owner are chained, so a later change never lands before an earlier one. With a {@link DatabaseHealth}, a change
 * that fails because the database is unreachable is retried (1 s doubling to 30 s) until it lands or the store is
 * closed; a retry first deletes the rows it inserts, so a first attempt whose commit did land is not doubled.
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
                        .thenRunAsync(() -> writeRetrying(change), executor));
        next.whenComplete((v, e) -> {
            tails.remove(change.ownerId(), next);
            if (e != null) {
                LOG.error(
                        "Item change of character {} was not saved (rolled back): {}", change.ownerId(), e.toString());
            }
        });
        return next;
    }

    private void writeRetrying(ItemChange c) {
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

    /** One transaction; on a retry the inserted rows are deleted first (the first commit may have landed). */
    private void writeNow(ItemChange c, boolean retry) {
        try (SqlSession s = sessions.openSession(false)) {
            ItemMapper m = s.getMapper(ItemMapper.class);
            for (Integer id : c.deleted()) {
                m.delete(id);
            }
            for (ItemData i : c.updated()) {
                m.updateCount(i.objectId(), i.count());
            }
            for (ItemData i : c.inserted()) {
                if (retry) {
                    m.delete(i.objectId());
                }
                m.insert(i);
            }
            s.commit();
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
