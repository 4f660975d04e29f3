package org.aden.game.spawn;

import java.util.List;

/** The point spawns and territories of the datapack. Immutable. */
public record SpawnTable(List<SpawnPoint> points, List<Territory> territories) {
    public SpawnTable {
        points = List.copyOf(points);
        territories = List.copyOf(territories);
    }

    /** NPCs the territories hold in all (the sum of their members' counts). */
    public int territoryNpcs() {
        return territories.stream()
                .flatMap(t -> t.members().stream())
                .mapToInt(Territory.Member::count)
                .sum();
    }
}
