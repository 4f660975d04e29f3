package org.aden.game.spawn;

import java.nio.file.Path;

/**
 * One NPC at one point ({@code <spawn>} of {@code datapack/spawns/}); where it was read, for error messages and
 * {@code //npcinfo}. It comes back {@code respawnSec} ± {@code respawnRandomSec} seconds after it died.
 */
public record SpawnPoint(
        int npcId,
        int x,
        int y,
        int z,
        int heading,
        int respawnSec,
        int respawnRandomSec,
        String boss,
        Path file,
        int line) {}
