package org.aden.game.world.region;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.aden.game.actor.WorldObject;

/** One square cell of the world grid and the objects currently in it. */
public final class WorldRegion {
    private final int rx;
    private final int ry;
    private final Set<WorldObject> objects = new LinkedHashSet<>();
    private int players;

    WorldRegion(int rx, int ry) {
        this.rx = rx;
        this.ry = ry;
    }

    public int rx() {
        return rx;
    }

    public int ry() {
        return ry;
    }

    void add(WorldObject o, boolean player) {
        if (objects.add(o) && player) {
            players++;
        }
    }

    void remove(WorldObject o, boolean player) {
        if (objects.remove(o) && player) {
            players--;
        }
    }

    public Set<WorldObject> objects() {
        return Collections.unmodifiableSet(objects);
    }

    /** Regions without players need no visibility work for their non-player objects. */
    public int playerCount() {
        return players;
    }

    @Override
    public String toString() {
        return "region(" + rx + "," + ry + ")";
    }
}
