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
 */
public record WorldSettings(
        int tickMillis, int regionSize, int viewRadius, int forgetRadius, Duration linger, Duration autosave) {
    public WorldSettings {
        if (viewRadius > regionSize) {
            throw new IllegalArgumentException("view radius " + viewRadius + " exceeds region size " + regionSize);
        }
        if (forgetRadius < viewRadius) {
            throw new IllegalArgumentException("forget radius must be at least the view radius");
        }
    }

    public static WorldSettings defaults() {
        return new WorldSettings(100, 4096, 3000, 3300, Duration.ofSeconds(15), Duration.ofMinutes(5));
    }
}
