package org.aden.game.quest;

import java.util.concurrent.CompletableFuture;
import java.util.random.RandomGenerator;

/**
 * What quests write through: the store of their progress, the exp/SP rule of their rewards, the random that
 * scripts' chances draw from (drops of quest items; tests seed it) and the monsters they call up.
 */
public record QuestServices(QuestStore store, ExpGain exp, RandomGenerator random, QuestSpawns spawns) {
    /** Without quest monsters. */
    public QuestServices(QuestStore store, ExpGain exp, RandomGenerator random) {
        this(store, exp, random, QuestSpawns.NONE);
    }

    /**
     * Progress kept in the players' logs only and no exp given: for dialog tests that run no quest. The server
     * always builds real services.
     */
    public static QuestServices unsaved() {
        return new QuestServices(
                new QuestStore() {
                    @Override
                    public CompletableFuture<Void> save(int characterId, QuestRecord quest) {
                        return CompletableFuture.completedFuture(null);
                    }

                    @Override
                    public CompletableFuture<Void> delete(int characterId, String questName) {
                        return CompletableFuture.completedFuture(null);
                    }
                },
                (p, exp, sp) -> {},
                new java.util.Random());
    }
}
