package org.aden.game.character;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.aden.game.actor.PlayerState;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Saves player snapshots on the persistence executor. Writes of one character are chained so a later
 * snapshot never lands before an earlier one; different characters are written concurrently.
 */
public final class DbPlayerStore implements PlayerStore {
    private final SqlSessionFactory sessions;
    private final Executor executor;
    private final Map<Integer, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.LongAdder saved = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder failed = new java.util.concurrent.atomic.LongAdder();

    public DbPlayerStore(SqlSessionFactory sessions, Executor executor) {
        this.sessions = sessions;
        this.executor = executor;
    }

    @Override
    public CompletableFuture<Void> save(PlayerState state) {
        CompletableFuture<Void> next = tails.compute(
                state.objectId(),
                (id, prev) -> (prev == null
                                ? CompletableFuture.<Void>completedFuture(null)
                                : prev.exceptionally(e -> null))
                        .thenRunAsync(() -> write(state), executor));
        next.whenComplete((v, e) -> {
            tails.remove(state.objectId(), next);
            (e == null ? saved : failed).increment();
        });
        return next;
    }

    private void write(PlayerState state) {
        try (SqlSession s = sessions.openSession(true)) {
            s.getMapper(CharacterMapper.class).updateState(state);
        }
    }

    /** Characters with a write queued or running (metrics). */
    public int pending() {
        return tails.size();
    }

    /** Snapshots written since start. */
    public long saved() {
        return saved.sum();
    }

    /** Snapshots whose write failed since start (each is logged by the caller). */
    public long failed() {
        return failed.sum();
    }

    /** Waits for the pending write of a character, if any (used before reloading it from the database). */
    public void awaitPending(int objectId) {
        CompletableFuture<Void> f = tails.get(objectId);
        if (f != null) {
            f.exceptionally(e -> null).join();
        }
    }
}
