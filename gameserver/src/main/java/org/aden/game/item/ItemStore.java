package org.aden.game.item;

import java.util.concurrent.CompletableFuture;

/** Writes an {@link ItemChange} as one database transaction. */
public interface ItemStore {
    CompletableFuture<Void> write(ItemChange change);
}
