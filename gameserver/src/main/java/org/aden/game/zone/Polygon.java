package org.aden.game.zone;

/**
 * A closed polygon on the map (the last corner joins the first) with its bounding box: the shape of polygon
 * zones and of spawn territories. Immutable.
 */
public final class Polygon {
    private final int[] xs;
    private final int[] ys;
    private final int minX;
    private final int maxX;
    private final int minY;
    private final int maxY;

    public Polygon(int[] xs, int[] ys) {
        if (xs.length != ys.length || xs.length == 0) {
            throw new IllegalArgumentException("corners need as many x as y values, at least one");
        }
        this.xs = xs.clone();
        this.ys = ys.clone();
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

    /** Whether (x, y) lies inside (even-odd rule). */
    public boolean contains(int x, int y) {
        if (!inBounds(x, y)) {
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

    /** Whether (x, y) lies in the bounding box (for a cuboid given by two corners, the shape itself). */
    public boolean inBounds(int x, int y) {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }

    public int corners() {
        return xs.length;
    }

    public int x(int corner) {
        return xs[corner];
    }

    public int y(int corner) {
        return ys[corner];
    }

    public int minX() {
        return minX;
    }

    public int maxX() {
        return maxX;
    }

    public int minY() {
        return minY;
    }

    public int maxY() {
        return maxY;
    }
}
