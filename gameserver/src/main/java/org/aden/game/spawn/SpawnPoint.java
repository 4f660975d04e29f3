package org.aden.game.spawn;

import java.nio.file.Path;

/** One NPC at one point ({@code <spawn>} of {@code datapack/spawns/}); where it was read, for error messages. */
public record SpawnPoint(
        int npcId, int x, int y, int z, int heading, int respawnSec, String boss, Path file, int line) {}
