package org.aden.game.zone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aden.game.datapack.XmlElement;

/**
 * Every zone, indexed by 4096-unit cells of the world (a zone is listed in each cell its bounding box touches),
 * so "which zones hold this point" looks at a handful of zones. Immutable; any thread.
 */
public final class Zones {
    static final int CELL_SHIFT = 12;

    private final List<Zone> all;
    private final Map<Long, List<Zone>> byCell;

    public Zones(List<Zone> zones) {
        this.all = List.copyOf(zones);
        Map<Long, List<Zone>> cells = new HashMap<>();
        for (Zone z : all) {
            for (int cx = z.minX >> CELL_SHIFT; cx <= z.maxX >> CELL_SHIFT; cx++) {
                for (int cy = z.minY >> CELL_SHIFT; cy <= z.maxY >> CELL_SHIFT; cy++) {
                    cells.computeIfAbsent(cell(cx, cy), k -> new ArrayList<>()).add(z);
                }
            }
        }
        Map<Long, List<Zone>> frozen = new HashMap<>();
        cells.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.byCell = Map.copyOf(frozen);
    }

    /** @param roots the parsed and validated files of {@code datapack/zones/} */
    public static Zones load(List<XmlElement> roots) {
        List<Zone> zones = new ArrayList<>();
        for (XmlElement root : roots) {
            for (XmlElement e : root.children("zone")) {
                List<XmlElement> nodes = e.children("node");
                int[] xs = new int[nodes.size()];
                int[] ys = new int[nodes.size()];
                for (int i = 0; i < xs.length; i++) {
                    xs[i] = nodes.get(i).integer("x");
                    ys[i] = nodes.get(i).integer("y");
                }
                zones.add(new Zone(
                        e.string("name", e.string("id", "")),
                        e.string("type"),
                        Zone.Shape.valueOf(e.string("shape").toUpperCase(Locale.ROOT)),
                        xs,
                        ys,
                        e.integer("radius", 0),
                        e.integer("min-z"),
                        e.integer("max-z")));
            }
        }
        return new Zones(zones);
    }

    /** The zones holding (x, y, z), in datapack order. */
    public List<Zone> at(int x, int y, int z) {
        List<Zone> candidates = byCell.getOrDefault(cell(x >> CELL_SHIFT, y >> CELL_SHIFT), List.of());
        List<Zone> in = new ArrayList<>(2);
        for (Zone zone : candidates) {
            if (zone.contains(x, y, z)) {
                in.add(zone);
            }
        }
        return in;
    }

    /** Whether (x, y, z) lies in a zone of that datapack type ({@code town}, {@code peace}, {@code water}...). */
    public boolean is(String type, int x, int y, int z) {
        for (Zone zone : byCell.getOrDefault(cell(x >> CELL_SHIFT, y >> CELL_SHIFT), List.of())) {
            if (zone.type().equals(type) && zone.contains(x, y, z)) {
                return true;
            }
        }
        return false;
    }

    public boolean isTown(int x, int y, int z) {
        return is("town", x, y, z);
    }

    public boolean isPeace(int x, int y, int z) {
        return is("peace", x, y, z);
    }

    /** PvP arenas (the datapack's {@code arena} zones). */
    public boolean isPvp(int x, int y, int z) {
        return is("arena", x, y, z);
    }

    public boolean isWater(int x, int y, int z) {
        return is("water", x, y, z);
    }

    public boolean isSiege(int x, int y, int z) {
        return is("siege", x, y, z);
    }

    /** Whether some zone has that name (attribute {@code name}, else {@code id}). */
    public boolean hasName(String name) {
        for (Zone z : all) {
            if (z.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    public int size() {
        return all.size();
    }

    private static long cell(int cx, int cy) {
        return ((long) cx << 32) ^ (cy & 0xFFFFFFFFL);
    }
}
