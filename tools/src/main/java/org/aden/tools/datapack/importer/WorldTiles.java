package org.aden.tools.datapack.importer;

/**
 * The world's map tiles, 32768 game units square, numbered as the client's maps and geodata name them
 * ("22_22" holds Gludio). Area-split files (spawns) are named by tile.
 */
public final class WorldTiles {
    public static final int TILE_SIZE = 32768;
    /** Tile numbers of world coordinate 0. */
    public static final int TILE_X_AT_ZERO = 20;

    public static final int TILE_Y_AT_ZERO = 18;
    /** The Interlude world's tiles: x 16-26, y 10-25. */
    public static final int MIN_TILE_X = 16;

    public static final int MAX_TILE_X = 26;
    public static final int MIN_TILE_Y = 10;
    public static final int MAX_TILE_Y = 25;

    private WorldTiles() {}

    public static int tileX(long x) {
        return (int) Math.floorDiv(x, TILE_SIZE) + TILE_X_AT_ZERO;
    }

    public static int tileY(long y) {
        return (int) Math.floorDiv(y, TILE_SIZE) + TILE_Y_AT_ZERO;
    }

    public static String name(long x, long y) {
        return tileX(x) + "_" + tileY(y);
    }

    public static boolean inWorld(long x, long y) {
        int tx = tileX(x);
        int ty = tileY(y);
        return tx >= MIN_TILE_X && tx <= MAX_TILE_X && ty >= MIN_TILE_Y && ty <= MAX_TILE_Y;
    }
}
