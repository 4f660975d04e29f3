package org.aden.game.zone;

/**
 * One zone of {@code datapack/zones/}: a type ({@code town}, {@code peace}, {@code arena}, {@code water}...) and a
 * shape (polygon, cuboid given by two corners, cylinder given by centre and radius) between two heights. Immutable.
 */
public final class Zone {
    public enum Shape {
        POLYGON,
        CUBOID,
        CYLINDER
    }

    private final String name;
    private final String type;
    private final Shape shape;
    /** The corners (a cylinder: its centre), with the bounding box the index uses. */
    private final Polygon corners;

    private final int radius;
    private final int minZ;
    private final int maxZ;
    final int minX;
    final int maxX;
    final int minY;
    final int maxY;

    public Zone(String name, String type, Shape shape, int[] xs, int[] ys, int radius, int minZ, int maxZ) {
        this.name = name;
        this.type = type;
        this.shape = shape;
        this.corners = new Polygon(xs, ys);
        this.radius = radius;
        this.minZ = Math.min(minZ, maxZ);
        this.maxZ = Math.max(minZ, maxZ);
        boolean round = shape == Shape.CYLINDER;
        minX = round ? xs[0] - radius : corners.minX();
        maxX = round ? xs[0] + radius : corners.maxX();
        minY = round ? ys[0] - radius : corners.minY();
        maxY = round ? ys[0] + radius : corners.maxY();
    }

    public boolean contains(int x, int y, int z) {
        if (z < minZ || z > maxZ || x < minX || x > maxX || y < minY || y > maxY) {
            return false;
        }
        return switch (shape) {
            case CUBOID -> true; // the bounding box is the cuboid
            case CYLINDER -> {
                long dx = x - corners.x(0), dy = y - corners.y(0);
                yield dx * dx + dy * dy <= (long) radius * radius;
            }
            case POLYGON -> corners.contains(x, y);
        };
    }

    public String name() {
        return name;
    }

    public String type() {
        return type;
    }

    public Shape shape() {
        return shape;
    }
}
