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
    private final int[] xs;
    private final int[] ys;
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
        this.xs = xs.clone();
        this.ys = ys.clone();
        this.radius = radius;
        this.minZ = Math.min(minZ, maxZ);
        this.maxZ = Math.max(minZ, maxZ);
        if (shape == Shape.CYLINDER) {
            minX = xs[0] - radius;
            maxX = xs[0] + radius;
            minY = ys[0] - radius;
            maxY = ys[0] + radius;
        } else {
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
    }

    public boolean contains(int x, int y, int z) {
        if (z < minZ || z > maxZ || x < minX || x > maxX || y < minY || y > maxY) {
            return false;
        }
        return switch (shape) {
            case CUBOID -> true; // the bounding box is the cuboid
            case CYLINDER -> {
                long dx = x - xs[0], dy = y - ys[0];
                yield dx * dx + dy * dy <= (long) radius * radius;
            }
            case POLYGON -> {
                boolean inside = false;
                for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
                    if ((ys[i] > y) != (ys[j] > y)
                            && x < (double) (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i]) {
                        inside = !inside;
                    }
                }
                yield inside;
            }
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
