package org.aden.game.actor;

import java.util.Collections;
import java.util.Set;
import org.aden.common.collect.IdentitySet;

/**
 * Anything with an object id and a place in the world. Only the world thread touches instances.
 * {@link #seenBy()} holds the players whose known list contains this object: broadcasts go to them.
 */
public abstract class WorldObject {
    private final int objectId;
    protected double x;
    protected double y;
    protected double z;
    protected int heading;
    private boolean spawned;
    private final Set<Player> seenBy = new IdentitySet<>();
    private final Set<Player> seenByView = Collections.unmodifiableSet(seenBy);
    /** Where the last visibility pass for this object ran. */
    private double visX = Double.NaN;

    private double visY = Double.NaN;

    protected WorldObject(int objectId, int x, int y, int z) {
        this.objectId = objectId;
        this.x = x;
        this.y = y;
        this.z = z;
    }

    public final int objectId() {
        return objectId;
    }

    public int x() {
        return (int) Math.round(x);
    }

    public int y() {
        return (int) Math.round(y);
    }

    public int z() {
        return (int) Math.round(z);
    }

    public int heading() {
        return heading;
    }

    public void setHeading(int heading) {
        this.heading = heading & 0xFFFF;
    }

    /** Moves the object without any visibility work; the world does that after the tick. */
    public void setPosition(double x, double y, double z) {
        this.x = x;
        this.y = y;
        this.z = z;
    }

    public double distanceSq2d(WorldObject other) {
        double dx = x - other.x;
        double dy = y - other.y;
        return dx * dx + dy * dy;
    }

    public boolean isWithin2d(WorldObject other, double range) {
        return distanceSq2d(other) <= range * range;
    }

    public boolean isSpawned() {
        return spawned;
    }

    public void setSpawned(boolean spawned) {
        this.spawned = spawned;
    }

    /** True when the object moved at least {@code step} units since its last visibility pass. */
    public boolean movedSinceVisibility(double step) {
        double dx = x - visX;
        double dy = y - visY;
        return Double.isNaN(visX) || dx * dx + dy * dy >= step * step;
    }

    public void markVisibility() {
        visX = x;
        visY = y;
    }

    /** Players that currently know (see) this object. */
    public Set<Player> seenBy() {
        return seenByView;
    }

    public Set<Player> seenByMutable() {
        return seenBy;
    }

    /** Whether a click selects it (creatures, doors that allow it, static objects). */
    public boolean isTargetable() {
        return false;
    }

    public String describe() {
        return getClass().getSimpleName() + "#" + objectId;
    }
}
