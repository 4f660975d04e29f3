package org.aden.game.quest;

import java.util.concurrent.CompletableFuture;

/** Where quest progress is written: each call is one transaction, in call order per character. */
public interface QuestStore {
    /** Writes the quest's row and replaces its variables. */
    CompletableFuture<Void> save(int characterId, QuestRecord quest);

    /** Removes the quest and its variables (an abandoned quest). */
    CompletableFuture<Void> delete(int characterId, String questName);
}
