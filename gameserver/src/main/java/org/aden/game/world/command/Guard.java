package org.aden.game.world.command;

import org.aden.game.actor.Player;

/**
 * A check that runs on the world thread before a player's command and can stop it (state, flood, range,
 * ownership). A refusal is counted per command type; the guard itself tells the player why, if at all.
 */
@FunctionalInterface
public interface Guard {
    boolean allows(Player player, String commandType);

    /** The player is in the world (spawned); a command of a player that left or was never placed is dropped. */
    Guard IN_WORLD = (p, type) -> p.isSpawned();
}
