package org.aden.game.spawn;

import java.util.List;

/**
 * The point spawns of the datapack. Territories (NPCs roaming a polygon) are not spawned yet: without geodata
 * there is no ground height inside the polygon; they are only counted.
 */
public record SpawnTable(List<SpawnPoint> points, int territories, int territoryNpcs) {
    public SpawnTable {
        points = List.copyOf(points);
    }
}
