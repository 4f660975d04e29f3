package org.aden.game.world.region;

import java.util.Collections;
import java.util.Set;
import org.aden.common.collect.IdentitySet;
import org.aden.game.actor.Player;
import org.aden.game.actor.WorldObject;

/**
 * One square cell of the world grid and the objects currently in it; its players are also kept apart, because
 * the visibility pass of an NPC or an item only looks for players.
 */
public final class WorldRegion {
    private final int rx;
    private final int ry;
    private final Set<WorldObject> objects = new IdentitySet<>();
    private final Set<WorldObject> objectsView = Collections.unmodifiableSet(objects);
    private final Set<Player> players = new IdentitySet<>();
    private final Set<Player> playersView = Collections.unmodifiableSet(players);

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

    void add(WorldObject o) {
        if (objects.add(o) && o instanceof Player p) {
            players.add(p);
        }
    }

    void remove(WorldObject o) {
        if (objects.remove(o) && o instanceof Player p) {
            players.remove(p);
        }
    }

    public Set<WorldObject> objects() {
        return objectsView;
    }

    /** The players among {@link #objects()}. */
    public Set<Player> players() {
        return playersView;
    }

    /** Regions without players need no visibility work for their non-player objects. */
    public int playerCount() {
        return players.size();
    }

    @Override
    public String toString() {
        return "region(" + rx + "," + ry + ")";
    }
}
