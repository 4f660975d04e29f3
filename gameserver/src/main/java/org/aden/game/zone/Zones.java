package org.aden.game.zone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aden.game.datapack.XmlElement;

/**
 * Every zone, indexed by 4096-unit cells of the world (a zone is listed in each cell its bounding box touches),
 * so "which zones hold this point" looks at a handful of zones. Any thread; a reload swaps every zone in at once
 * ({@link #replaceWith}).
 */
public final class Zones {
    static final int CELL_SHIFT = 12;

    /** The zones and their cell index, swapped together. */
    private record State(List<Zone> all, Map<Long, List<Zone>> byCell) {}

    private volatile State state;

    private Zones(Zones from) {
        this.state = from.state;
    }

    /**
     * A new Zones holding the same zones: the running systems hold such a view, which a reload points at the new
     * set ({@link #replaceWith}) while the loaded set stays as it was.
     */
    public Zones view() {
        return new Zones(this);
    }

    /** On the world thread, at a reload: every holder of this Zones sees {@code fresh}'s zones from now on. */
    public void replaceWith(Zones fresh) {
        state = fresh.state;
    }

    public Zones(List<Zone> zones) {
        List<Zone> all = List.copyOf(zones);
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
        // not Map.copyOf: a cell key's hash is cx ^ cy, and the immutable map's linear probing then crawls
        this.state = new State(all, java.util.Collections.unmodifiableMap(frozen));
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
        List<Zone> candidates = state.byCell().getOrDefault(cell(x >> CELL_SHIFT, y >> CELL_SHIFT), List.of());
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
        for (Zone zone : state.byCell().getOrDefault(cell(x >> CELL_SHIFT, y >> CELL_SHIFT), List.of())) {
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
        for (Zone z : state.all()) {
            if (z.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    public int size() {
        return state.all().size();
    }

    private static long cell(int cx, int cy) {
        return ((long) cx << 32) ^ (cy & 0xFFFFFFFFL);
    }
}
