package org.aden.game.script.api;

/** World events not tied to an NPC: every {@code scripts/events/*.groovy} evaluates to one. */
public interface EventScript {
    /** A player entered the world. */
    default void onEnterWorld(PlayerEvent e) {}

    /** A player's level went up (called by the experience code). */
    default void onLevelUp(PlayerEvent e, int level) {}
}
