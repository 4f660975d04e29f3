package org.aden.game.zone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aden.game.datapack.XmlElement;

/**
 * The map regions of {@code datapack/map-regions/}: which town owns each map tile and where a player who dies or
 * escapes there restarts. Any thread; a reload swaps every region in at once ({@link #replaceWith}).
 */
public final class MapRegions {
    /** A point to put a player at. */
    public record Point(int x, int y, int z) {}

    /** One region: its name, its town and its restart points (chaotic ones for players with karma). */
    public record Region(String name, String town, List<Point> restartPoints, List<Point> chaoticPoints) {
        public Region {
            restartPoints = List.copyOf(restartPoints);
            chaoticPoints = List.copyOf(chaoticPoints);
        }
    }

    /** Map tiles are 32768 units square; tile (16, 10) starts at (-131072, -262144). */
    static final int TILE = 32768;

    /** The regions by tile and by name, swapped together. */
    private record State(Map<Integer, Region> byTile, Map<String, Region> byName) {}

    private volatile State state;

    private MapRegions(Map<Integer, Region> byTile, Map<String, Region> byName) {
        this.state = new State(Map.copyOf(byTile), Map.copyOf(byName));
    }

    private MapRegions(MapRegions from) {
        this.state = from.state;
    }

    /**
     * A new MapRegions holding the same regions: the running systems hold such a view, which a reload points at the new
     * set ({@link #replaceWith}) while the loaded set stays as it was.
     */
    public MapRegions view() {
        return new MapRegions(this);
    }

    /** On the world thread, at a reload: every holder of this MapRegions sees {@code fresh}'s regions from now on. */
    public void replaceWith(MapRegions fresh) {
        state = fresh.state;
    }

    /** @param roots the parsed and validated files, in file order (a tile named twice goes to the first) */
    public static MapRegions load(List<XmlElement> roots) {
        Map<Integer, Region> byTile = new HashMap<>();
        Map<String, Region> byName = new HashMap<>();
        for (XmlElement root : roots) {
            for (XmlElement r : root.children("map-region")) {
                List<Point> normal = new ArrayList<>();
                List<Point> chaotic = new ArrayList<>();
                for (XmlElement p : r.children("restart-point")) {
                    Point point = new Point(p.integer("x"), p.integer("y"), p.integer("z"));
                    ("true".equals(p.string("chaotic", "false").trim()) ? chaotic : normal).add(point);
                }
                Region region = new Region(r.string("name"), r.string("town", ""), normal, chaotic);
                byName.putIfAbsent(region.name(), region);
                for (XmlElement t : r.children("tile")) {
                    byTile.putIfAbsent(key(t.integer("x"), t.integer("y")), region);
                }
            }
        }
        return new MapRegions(byTile, byName);
    }

    public static int tileX(int x) {
        return Math.floorDiv(x + 131072, TILE) + 16;
    }

    public static int tileY(int y) {
        return Math.floorDiv(y + 262144, TILE) + 10;
    }

    /** The region owning the map tile of (x, y), if any. */
    public Optional<Region> regionAt(int x, int y) {
        return Optional.ofNullable(state.byTile().get(key(tileX(x), tileY(y))));
    }

    public Optional<Region> region(String name) {
        return Optional.ofNullable(state.byName().get(name));
    }

    /**
     * Where a player who dies at (x, y) goes "to village": the first restart point of the town owning that map
     * tile; empty outside every region.
     */
    public Optional<Point> townRestartPoint(int x, int y) {
        return regionAt(x, y)
                .filter(r -> !r.restartPoints().isEmpty())
                .map(r -> r.restartPoints().get(0));
    }

    /**
     * Where a player who dies at (x, y) restarts: a player with karma goes to the town's first chaotic restart
     * point (Mobius MapRegionManager.getRestartLocation: karma players get the region's chaotic spawn), the others
     * (and a town without chaotic points) to {@link #townRestartPoint}.
     */
    public Optional<Point> restartPoint(int x, int y, boolean chaotic) {
        if (chaotic) {
            Optional<Point> p = regionAt(x, y)
                    .filter(r -> !r.chaoticPoints().isEmpty())
                    .map(r -> r.chaoticPoints().get(0));
            if (p.isPresent()) {
                return p;
            }
        }
        return townRestartPoint(x, y);
    }

    public int size() {
        return state.byName().size();
    }

    /** Every region, by name (the web console marks the towns on its map). */
    public List<Region> regions() {
        return state.byName().values().stream()
                .sorted(java.util.Comparator.comparing(Region::name))
                .toList();
    }

    private static int key(int tileX, int tileY) {
        return tileX * 100 + tileY;
    }
}
