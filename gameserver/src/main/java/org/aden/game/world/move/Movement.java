package org.aden.game.world.move;

import org.aden.game.actor.Creature;
import org.aden.game.actor.MoveOrder;

/**
 * Advances a creature along a straight line toward its destination at its current speed.
 * Without geodata Z is interpolated between the start and the destination of the leg.
 */
public final class Movement {
    /** Lowest and highest Z the Interlude world uses; anything outside is a client lie. */
    public static final int MIN_Z = -16384;

    public static final int MAX_Z = 16384;

    private Movement() {}

    /**
     * Moves the creature by speed × elapsed time. Returns true when it has arrived (the order is then
     * cleared), false while still under way.
     */
    public static boolean advance(Creature c, long elapsedMillis) {
        MoveOrder order = c.moveOrder();
        if (order == null) {
            return true;
        }
        double dx = order.destX() - c.exactX();
        double dy = order.destY() - c.exactY();
        double dz = order.destZ() - c.exactZ();
        double remaining = Math.sqrt(dx * dx + dy * dy);
        double step = c.moveSpeed() * elapsedMillis / 1000.0;
        if (remaining <= step || remaining < 1e-6) {
            c.setPosition(order.destX(), order.destY(), order.destZ());
            c.clearMoveOrder();
            return true;
        }
        double f = step / remaining;
        c.setPosition(c.exactX() + dx * f, c.exactY() + dy * f, c.exactZ() + dz * f);
        return false;
    }

    /**
     * Clamps a requested destination Z: the world's bounds, and no steeper than 1:1 over the horizontal
     * distance (plus a small step), since without geodata the client's Z is the only height we have.
     */
    public static double clampZ(double fromZ, double toZ, double horizontalDistance) {
        double maxDelta = horizontalDistance + 64;
        double z = Math.max(fromZ - maxDelta, Math.min(fromZ + maxDelta, toZ));
        return Math.max(MIN_Z, Math.min(MAX_Z, z));
    }
}
