package org.aden.game.character;

import java.util.concurrent.CompletableFuture;
import org.aden.game.actor.PlayerState;

/**
 * Where the world hands snapshots of players to be saved. Implementations write off the world thread
 * (the world never waits on the database) and keep writes of one character in submission order.
 */
public interface PlayerStore {
    CompletableFuture<Void> save(PlayerState state);

    PlayerStore NONE = s -> CompletableFuture.completedFuture(null);
}
