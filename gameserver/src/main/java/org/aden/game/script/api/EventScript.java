package org.aden.game.script.api;

import java.util.Set;

/**
 * World events not tied to an NPC: every {@code scripts/events/*.groovy} evaluates to one. Pages it shows open
 * without an NPC; their links go to the {@link BypassScript} of their first word ({@link BypassScript#prefixes()}).
 */
public interface EventScript {
    /** A player entered the world (also when coming back to a character that lingered). */
    default void onEnterWorld(PlayerEvent e) {}

    /** A player's level went up to {@code level} (kills, quest rewards): once for each level gained. */
    default void onLevelUp(PlayerEvent e, int level) {}

    /** Names of datapack zones ({@code datapack/zones}, attribute {@code name}) whose entry and exit this script hears. */
    default Set<String> zones() {
        return Set.of();
    }

    /** A player entered one of {@link #zones()} (the check runs every half second). */
    default void onEnterZone(PlayerEvent e, String zone) {}

    /** A player left one of {@link #zones()}. */
    default void onExitZone(PlayerEvent e, String zone) {}

    /** A named timer of this script bound to the player went off. */
    default void onTimer(PlayerEvent e, String name) {}
}
