package org.aden.game.item;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Writes an {@link ItemChange} as one database transaction. */
public interface ItemStore {
    CompletableFuture<Void> write(ItemChange change);

    /**
     * Writes the changes of several owners (both sides of a trade) as one transaction, after every earlier change of
     * each of them. A store without transactions (an in-memory test store) may write them one after the other.
     */
    default CompletableFuture<Void> writeTogether(List<ItemChange> changes) {
        CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
        for (ItemChange c : changes) {
            all = all.thenCompose(v -> write(c));
        }
        return all;
    }
}
