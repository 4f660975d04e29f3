package org.aden.game.world.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.aden.game.actor.WorldObject;

/**
 * The world split into square regions of {@code size} units, created on first use. A viewer only
 * looks at its own region and the eight around it, so the view radius must not exceed the size.
 */
public final class RegionGrid {
    private final int size;
    private final Map<Long, WorldRegion> regions = new HashMap<>();
    /** Where each placed object is (kept here so that objects need not know regions). */
    private final Map<WorldObject, WorldRegion> placed = new IdentityHashMap<>();

    public RegionGrid(int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("region size must be positive");
        }
        this.size = size;
    }

    public int size() {
        return size;
    }

    /**
     * Both coordinates in one long, then mixed (a bijection, so keys stay unique): Long's own hash of the raw
     * value is rx ^ ry, which puts neighbouring regions in the same buckets.
     */
    private static long key(int rx, int ry) {
        long k = ((long) rx << 32) | (ry & 0xFFFFFFFFL);
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    public WorldRegion regionAt(double x, double y) {
        int rx = Math.floorDiv((int) Math.floor(x), size);
        int ry = Math.floorDiv((int) Math.floor(y), size);
        return regions.computeIfAbsent(key(rx, ry), k -> new WorldRegion(rx, ry));
    }

    /** Puts the object into the region of its current position; returns true when the region changed. */
    public boolean place(WorldObject o) {
        WorldRegion target = regionAt(o.x(), o.y());
        WorldRegion current = placed.get(o);
        if (current == target) {
            return false;
        }
        if (current != null) {
            current.remove(o);
        }
        target.add(o);
        placed.put(o, target);
        return true;
    }

    public void remove(WorldObject o) {
        WorldRegion current = placed.get(o);
        if (current != null) {
            current.remove(o);
            placed.remove(o);
        }
    }

    /** The region the object was last placed in, or null. */
    public WorldRegion regionOf(WorldObject o) {
        return placed.get(o);
    }

    /** The region of the object and its eight neighbours (those that exist). */
    public List<WorldRegion> around(WorldRegion center) {
        List<WorldRegion> out = new ArrayList<>(9);
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                WorldRegion r = regions.get(key(center.rx() + dx, center.ry() + dy));
                if (r != null) {
                    out.add(r);
                }
            }
        }
        return out;
    }
}
