package org.aden.game.spawn;

import java.nio.file.Path;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A polygon between two heights and the NPCs that appear anywhere in it ({@code <territory>} of
 * {@code datapack/spawns/}). The last corner joins the first. Immutable.
 */
public final class Territory {
    /** One {@code <npc>} line: how many of a template live in the territory and how they come back. */
    public record Member(int npcId, int count, int respawnSec, int respawnRandomSec, int line) {}

    private static final int TRIES = 64;

    private final String name;
    private final int[] xs;
    private final int[] ys;
    private final int minZ;
    private final int maxZ;
    private final int minX;
    private final int maxX;
    private final int minY;
    private final int maxY;
    private final List<Member> members;
    private final Path file;
    private final int line;

    public Territory(String name, int[] xs, int[] ys, int minZ, int maxZ, List<Member> members, Path file, int line) {
        if (xs.length != ys.length || xs.length < 3) {
            throw new IllegalArgumentException("a territory needs at least three corners");
        }
        this.name = name;
        this.xs = xs.clone();
        this.ys = ys.clone();
        this.minZ = Math.min(minZ, maxZ);
        this.maxZ = Math.max(minZ, maxZ);
        this.members = List.copyOf(members);
        this.file = file;
        this.line = line;
        int x0 = Integer.MAX_VALUE, x1 = Integer.MIN_VALUE, y0 = Integer.MAX_VALUE, y1 = Integer.MIN_VALUE;
        for (int i = 0; i < xs.length; i++) {
            x0 = Math.min(x0, xs[i]);
            x1 = Math.max(x1, xs[i]);
            y0 = Math.min(y0, ys[i]);
            y1 = Math.max(y1, ys[i]);
        }
        minX = x0;
        maxX = x1;
        minY = y0;
        maxY = y1;
    }

    /** Whether (x, y) lies inside the polygon (even-odd rule; heights are not checked). */
    public boolean contains(int x, int y) {
        if (x < minX || x > maxX || y < minY || y > maxY) {
            return false;
        }
        boolean inside = false;
        for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
            if ((ys[i] > y) != (ys[j] > y) && x < (double) (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i]) {
                inside = !inside;
            }
        }
        return inside;
    }

    /**
     * A random point inside the polygon, {x, y, z}. Without geodata there is no ground height, so z is the middle
     * of the territory's height range (the client puts the NPC on the ground it draws). A polygon so thin that
     * random tries keep missing it gives its first corner.
     */
    public int[] randomPoint(RandomGenerator random) {
        int z = (minZ + maxZ) / 2;
        for (int i = 0; i < TRIES; i++) {
            int x = random.nextInt(minX, maxX + 1);
            int y = random.nextInt(minY, maxY + 1);
            if (contains(x, y)) {
                return new int[] {x, y, z};
            }
        }
        return new int[] {xs[0], ys[0], z};
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
        return xs.length;
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
