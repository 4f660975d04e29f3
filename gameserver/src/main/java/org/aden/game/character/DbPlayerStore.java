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
        next.whenComplete((v, e) -> tails.remove(state.objectId(), next));
        return next;
    }

    private void write(PlayerState state) {
        try (SqlSession s = sessions.openSession(true)) {
            s.getMapper(PlayerStateMapper.class).update(state);
        }
    }

    /** Waits for the pending write of a character, if any (used before reloading it from the database). */
    public void awaitPending(int objectId) {
        CompletableFuture<Void> f = tails.get(objectId);
        if (f != null) {
            f.exceptionally(e -> null).join();
        }
    }
}
