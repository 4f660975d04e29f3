package org.aden.game.quest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Writes quest progress on the persistence executor, one transaction per change (the row and its variables
 * together), chained per character so that a later change never lands before an earlier one.
 */
public final class DbQuestStore implements QuestStore {
    private static final Logger LOG = LogManager.getLogger(DbQuestStore.class);
    private final SqlSessionFactory sessions;
    private final Executor executor;
    private final Map<Integer, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    public DbQuestStore(SqlSessionFactory sessions, Executor executor) {
        this.sessions = sessions;
        this.executor = executor;
    }

    /** A character's quests (lobby thread, when the character is loaded). */
    public static List<QuestRecord> load(SqlSession s, int characterId) {
        Map<String, QuestRecord> byName = new LinkedHashMap<>();
        Map<String, Map<String, String>> vars = new LinkedHashMap<>();
        for (QuestMapper.QuestRow r : s.getMapper(QuestMapper.class).findByCharacter(characterId)) {
            byName.putIfAbsent(
                    r.name(),
                    new QuestRecord(r.name(), r.questId() == null ? 0 : r.questId(), r.state(), r.cond(), Map.of()));
            if (r.varName() != null) {
                vars.computeIfAbsent(r.name(), k -> new TreeMap<>()).put(r.varName(), r.varValue());
            }
        }
        List<QuestRecord> out = new ArrayList<>();
        byName.forEach((name, q) ->
                out.add(new QuestRecord(name, q.questId(), q.state(), q.cond(), vars.getOrDefault(name, Map.of()))));
        return out;
    }

    @Override
    public CompletableFuture<Void> save(int characterId, QuestRecord q) {
        return chain(characterId, "quest " + q.name(), m -> {
            m.upsert(characterId, q.name(), q.questId(), q.state(), q.cond());
            m.deleteVars(characterId, q.name());
            q.vars().forEach((k, v) -> m.insertVar(characterId, q.name(), k, v));
        });
    }

    @Override
    public CompletableFuture<Void> delete(int characterId, String questName) {
        return chain(characterId, "dropping quest " + questName, m -> m.delete(characterId, questName));
    }

    private CompletableFuture<Void> chain(int characterId, String what, Consumer<QuestMapper> work) {
        CompletableFuture<Void> next = tails.compute(
                characterId,
                (id, prev) -> (prev == null
                                ? CompletableFuture.<Void>completedFuture(null)
                                : prev.exceptionally(e -> null))
                        .thenRunAsync(() -> writeNow(work), executor));
        next.whenComplete((v, e) -> {
            tails.remove(characterId, next);
            if (e != null) {
                LOG.error(
                        "Quest change of character {} ({}) was not saved (rolled back): {}",
                        characterId,
                        what,
                        e.toString());
            }
        });
        return next;
    }

    private void writeNow(Consumer<QuestMapper> work) {
        try (SqlSession s = sessions.openSession(false)) {
            work.accept(s.getMapper(QuestMapper.class));
            s.commit();
        }
    }

    /** Waits for the pending writes of a character (tests, logout). */
    public void awaitPending(int characterId) {
        CompletableFuture<Void> f = tails.get(characterId);
        if (f != null) {
            f.exceptionally(e -> null).join();
        }
    }
}
