package org.aden.game.item;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Writes item changes on the persistence executor, each in one transaction (all rows or none, the ledger lines
 * included). The changes of one
 * owner are chained, so a later change never lands before an earlier one.
 */
public final class DbItemStore implements ItemStore {
    private static final Logger LOG = LogManager.getLogger(DbItemStore.class);
    private final SqlSessionFactory sessions;
    private final Executor executor;
    private final Map<Integer, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    public DbItemStore(SqlSessionFactory sessions, Executor executor) {
        this.sessions = sessions;
        this.executor = executor;
    }

    @Override
    public CompletableFuture<Void> write(ItemChange change) {
        CompletableFuture<Void> next = tails.compute(
                change.ownerId(),
                (id, prev) -> (prev == null
                                ? CompletableFuture.<Void>completedFuture(null)
                                : prev.exceptionally(e -> null))
                        .thenRunAsync(() -> writeNow(change), executor));
        next.whenComplete((v, e) -> {
            tails.remove(change.ownerId(), next);
            if (e != null) {
                LOG.error(
                        "Item change of character {} was not saved (rolled back): {}", change.ownerId(), e.toString());
            }
        });
        return next;
    }

    private void writeNow(ItemChange c) {
        try (SqlSession s = sessions.openSession(false)) {
            ItemMapper m = s.getMapper(ItemMapper.class);
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
