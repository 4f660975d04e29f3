package org.aden.game.spawn;

import java.nio.file.Path;
import java.util.List;
import java.util.random.RandomGenerator;
import org.aden.game.zone.Polygon;

/**
 * A polygon between two heights and the NPCs that appear anywhere in it ({@code <territory>} of
 * {@code datapack/spawns/}). The last corner joins the first. Immutable.
 */
public final class Territory {
    /** One {@code <npc>} line: how many of a template live in the territory and how they come back. */
    public record Member(int npcId, int count, int respawnSec, int respawnRandomSec, int line) {}

    private static final int TRIES = 64;

    private final String name;
    private final Polygon polygon;
    private final int minZ;
    private final int maxZ;
    private final List<Member> members;
    private final Path file;
    private final int line;

    public Territory(String name, int[] xs, int[] ys, int minZ, int maxZ, List<Member> members, Path file, int line) {
        if (xs.length < 3) {
            throw new IllegalArgumentException("a territory needs at least three corners");
        }
        this.name = name;
        this.polygon = new Polygon(xs, ys);
        this.minZ = Math.min(minZ, maxZ);
        this.maxZ = Math.max(minZ, maxZ);
        this.members = List.copyOf(members);
        this.file = file;
        this.line = line;
    }

    /** Whether (x, y) lies inside the polygon (heights are not checked). */
    public boolean contains(int x, int y) {
        return polygon.contains(x, y);
    }

    /**
     * A random point inside the polygon, {x, y, z}. Without geodata there is no ground height, so z is the middle
     * of the territory's height range (the client puts the NPC on the ground it draws). A polygon so thin that
     * random tries keep missing it gives its first corner.
     */
    public int[] randomPoint(RandomGenerator random) {
        int z = (minZ + maxZ) / 2;
        for (int i = 0; i < TRIES; i++) {
            int x = random.nextInt(polygon.minX(), polygon.maxX() + 1);
            int y = random.nextInt(polygon.minY(), polygon.maxY() + 1);
            if (polygon.contains(x, y)) {
                return new int[] {x, y, z};
            }
        }
        return new int[] {polygon.x(0), polygon.y(0), z};
    }

    public String name() {
        return name;
    }

    public int minZ() {
        return minZ;
    }

    public int maxZ() {
        return maxZ;
    }

    public int corners() {
        return polygon.corners();
    }

    public List<Member> members() {
        return members;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }
}
