package org.aden.game.world.move;

/** Conversions to the client's heading unit (65536 per full turn, 0 = +X, growing toward +Y). */
public final class Headings {
    private Headings() {}

    public static int fromVector(double dx, double dy) {
        if (dx == 0 && dy == 0) {
            return 0;
        }
        double angle = Math.atan2(dy, dx); // -pi..pi
        int h = (int) Math.round(angle * 32768.0 / Math.PI);
        return h & 0xFFFF;
    }
}
