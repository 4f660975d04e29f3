package org.aden.game.world;

import java.time.Duration;

/**
 * Tunables of the world. Distances in world units.
 *
 * @param tickMillis       fixed tick of the world thread
 * @param regionSize       side of a grid region; must be at least the view radius
 * @param viewRadius       a player starts seeing objects closer than this
 * @param forgetRadius     and forgets them beyond this (a margin avoids flicker at the border)
 * @param linger           how long a character stays in the world after its connection dropped
 * @param autosave         interval between periodic saves of every player
 * @param maxKnownPlayers  other players a player knows at most, the nearest first (0: no cap); NPCs and items
 *                         are not counted
 */
public record WorldSettings(
        int tickMillis,
        int regionSize,
        int viewRadius,
        int forgetRadius,
        Duration linger,
        Duration autosave,
        int maxKnownPlayers) {
    /** Without a cap on known players. */
    public WorldSettings(
            int tickMillis, int regionSize, int viewRadius, int forgetRadius, Duration linger, Duration autosave) {
        this(tickMillis, regionSize, viewRadius, forgetRadius, linger, autosave, 0);
    }

    public WorldSettings {
        if (maxKnownPlayers < 0) {
            throw new IllegalArgumentException("max known players must be 0 (no cap) or more");
        }
        if (viewRadius > regionSize) {
            throw new IllegalArgumentException("view radius " + viewRadius + " exceeds region size " + regionSize);
        }
        if (forgetRadius < viewRadius) {
            throw new IllegalArgumentException("forget radius must be at least the view radius");
        }
    }

    /** No cap by default: measured, its bookkeeping cost more than the packets it saved (README, "Crowds"). */
    public static final int DEFAULT_MAX_KNOWN = 0;

    public static WorldSettings defaults() {
        return new WorldSettings(
                100, 4096, 3000, 3300, Duration.ofSeconds(15), Duration.ofMinutes(5), DEFAULT_MAX_KNOWN);
    }
}
