package org.aden.game.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aden.common.collect.IdentitySet;
import org.aden.common.net.ServerPacket;
import org.aden.game.actor.Player;
import org.aden.game.actor.WorldObject;
import org.aden.game.network.server.world.DeleteObject;
import org.aden.game.world.region.RegionGrid;
import org.aden.game.world.region.WorldRegion;

/**
 * Keeps known lists symmetric with distance: a player knows an object within the view radius and
 * forgets it beyond the forget radius; each change sends the appear packets or DeleteObject exactly once.
 *
 * <p>In a crowd a player knows at most {@code maxKnownPlayers} other players, the nearest first: a newcomer
 * takes the place of the farthest known player only when it is {@link #CROWD_MARGIN} nearer, so that two players
 * at about the same distance do not swap places back and forth. Then knowing is no longer mutual (A may see B
 * while B, in a denser spot, does not see A); broadcasts go to those who know the source, as always.
 */
final class Visibility {
    private final RegionGrid grid;
    private final Presence presence;
    private final double view;
    private final double forget;
    /** Appear packets encoded once per object per pass and shared by every new viewer. */
    private final Map<WorldObject, byte[][]> appearCache = new IdentityHashMap<>();

    /** How much nearer than the farthest known player a newcomer must be to replace it. */
    static final double CROWD_MARGIN = 200;

    private final int cap;
    /** Objects other than players that at least one player knows (the aggro scan looks only at these). */
    private final Set<WorldObject> watched = new IdentitySet<>();

    private final Set<WorldObject> watchedView = Collections.unmodifiableSet(watched);
    private long tick;
    /** Players at their cap, with their farthest known player (recomputed once a tick or after a removal). */
    private final Map<Player, Crowd> crowds = new IdentityHashMap<>();

    private static final class Crowd {
        long tick = -1;
        boolean stale = true;
        int players;
        Player farthest;
        double farthestSq;
    }

    Visibility(RegionGrid grid, WorldSettings settings, Presence presence) {
        this.grid = grid;
        this.presence = presence;
        this.view = settings.viewRadius();
        this.forget = settings.forgetRadius();
        this.cap = settings.maxKnownPlayers();
    }

    /** A new world tick: the farthest known players of crowded players are looked up again. */
    void newTick() {
        tick++;
    }

    /** Forget cached encodings: called whenever object state may have changed. */
    void invalidate() {
        appearCache.clear();
    }

    void update(WorldObject obj) {
        if (!obj.isSpawned()) {
            return;
        }
        obj.markVisibility();
        Player self = obj instanceof Player p ? p : null;
        if (self != null && cap > 0) {
            updateCapped(self);
            return;
        }
        for (WorldRegion region : grid.around(grid.regionOf(obj))) {
            if (self == null) {
                // an NPC or an item only looks for the players of the region, not at its other objects
                for (Player viewer : region.players()) {
                    if (obj.isWithin2d(viewer, view) && !viewer.knows(obj)) {
                        addKnown(viewer, obj);
                    }
                }
                continue;
            }
            for (WorldObject other : region.objects()) {
                if (other == obj || !obj.isWithin2d(other, view)) {
                    continue;
                }
                // between two players knowing is mutual, so one lookup decides both directions
                if (!self.knows(other)) {
                    addKnown(self, other);
                    if (other instanceof Player viewer && !viewer.knows(self)) {
                        addKnown(viewer, self);
                    }
                }
            }
        }
        if (self != null) {
            forgetFar(self);
        } else if (!obj.seenBy().isEmpty()) {
            List<Player> gone = null;
            for (Player p : obj.seenBy()) {
                if (!obj.isWithin2d(p, forget)) {
                    (gone == null ? gone = new ArrayList<>() : gone).add(p);
                }
            }
            if (gone != null) {
                for (Player p : gone) {
                    removeKnown(p, obj);
                }
            }
        }
    }

    /** A player moved with the cap on: NPCs and items as always, players nearest first within the cap. */
    private void updateCapped(Player self) {
        forgetFar(self);
        List<Player> candidates = null;
        for (WorldRegion region : grid.around(grid.regionOf(self))) {
            for (WorldObject other : region.objects()) {
                if (other == self || !self.isWithin2d(other, view)) {
                    continue;
                }
                if (other instanceof Player viewer) {
                    if (!viewer.knows(self)) {
                        offer(viewer, self);
                    }
                    if (!self.knows(viewer)) {
                        (candidates == null ? candidates = new ArrayList<>() : candidates).add(viewer);
                    }
                } else if (!self.knows(other)) {
                    addKnown(self, other);
                }
            }
        }
        if (candidates != null) {
            candidates.sort(Comparator.comparingDouble(self::distanceSq2d));
            for (Player c : candidates) {
                if (!offer(self, c)) {
                    break; // nearest first: the ones after are farther still
                }
            }
        }
    }

    /** Lets {@code viewer} know {@code candidate} if there is room, or if it is clearly nearer than the farthest. */
    private boolean offer(Player viewer, Player candidate) {
        Crowd c = crowd(viewer);
        if (c.players < cap) {
            addKnown(viewer, candidate);
            return true;
        }
        double d = Math.sqrt(viewer.distanceSq2d(candidate));
        if (c.farthest == null || d + CROWD_MARGIN >= Math.sqrt(c.farthestSq)) {
            return false;
        }
        removeKnown(viewer, c.farthest);
        addKnown(viewer, candidate);
        return true;
    }

    private Crowd crowd(Player viewer) {
        Crowd c = crowds.computeIfAbsent(viewer, k -> new Crowd());
        if (c.stale || c.tick != tick) {
            c.players = 0;
            c.farthest = null;
            c.farthestSq = -1;
            for (WorldObject k : viewer.known()) {
                if (k instanceof Player p) {
                    c.players++;
                    double dSq = viewer.distanceSq2d(p);
                    if (dSq > c.farthestSq) {
                        c.farthestSq = dSq;
                        c.farthest = p;
                    }
                }
            }
            c.tick = tick;
            c.stale = false;
        }
        return c;
    }

    /** Beyond the forget radius: what the player knows, and the players who know it (not always the same). */
    private void forgetFar(Player self) {
        List<WorldObject> gone = null;
        for (WorldObject k : self.known()) {
            if (!self.isWithin2d(k, forget)) {
                (gone == null ? gone = new ArrayList<>() : gone).add(k);
            }
        }
        if (gone != null) {
            for (WorldObject k : gone) {
                removeKnown(self, k);
            }
        }
        List<Player> lost = null;
        for (Player p : self.seenBy()) {
            if (!self.isWithin2d(p, forget)) {
                (lost == null ? lost = new ArrayList<>() : lost).add(p);
            }
        }
        if (lost != null) {
            for (Player p : lost) {
                removeKnown(p, self);
            }
        }
    }

    /** Removes the object from every known list: its viewers get one shared DeleteObject. */
    void forgetEverywhere(WorldObject obj) {
        if (!obj.seenBy().isEmpty()) {
            byte[] delete = new DeleteObject(obj.objectId()).encode();
            for (Player p : new ArrayList<>(obj.seenBy())) {
                if (obj instanceof Player) {
                    stale(p);
                }
                p.knownMutable().remove(obj);
                if (p.target() == obj) {
                    p.setTarget(null);
                }
                p.sendBytes(delete);
            }
            obj.seenByMutable().clear();
        }
        watched.remove(obj);
        if (obj instanceof Player self) {
            for (WorldObject k : self.knownMutable()) {
                k.seenByMutable().remove(self);
                unwatchIfUnseen(k);
            }
            self.knownMutable().clear();
            crowds.remove(self);
        }
        appearCache.remove(obj);
    }

    private void addKnown(Player viewer, WorldObject o) {
        if (o instanceof Player p && cap > 0) {
            Crowd c = crowds.get(viewer);
            if (c != null && !c.stale) {
                c.players++;
                double dSq = viewer.distanceSq2d(p);
                if (dSq > c.farthestSq) {
                    c.farthestSq = dSq;
                    c.farthest = p;
                }
            }
        }
        viewer.knownMutable().add(o);
        if (o.seenByMutable().add(viewer)
                && !(o instanceof Player)
                && o.seenByMutable().size() == 1) {
            watched.add(o);
        }
        for (byte[] body : appearBytes(o)) {
            viewer.sendBytes(body);
        }
    }

    private void removeKnown(Player viewer, WorldObject o) {
        if (o instanceof Player) {
            stale(viewer);
        }
        viewer.knownMutable().remove(o);
        o.seenByMutable().remove(viewer);
        unwatchIfUnseen(o);
        if (viewer.target() == o) {
            viewer.setTarget(null);
        }
        viewer.send(new DeleteObject(o.objectId()));
    }

    private void unwatchIfUnseen(WorldObject o) {
        if (o.seenByMutable().isEmpty()) {
            watched.remove(o);
        }
    }

    /** NPCs, items and doors that at least one player knows (world thread; read-only view). */
    Set<WorldObject> watched() {
        return watchedView;
    }

    private void stale(Player viewer) {
        Crowd c = crowds.get(viewer);
        if (c != null) {
            c.stale = true;
        }
    }

    private byte[][] appearBytes(WorldObject o) {
        byte[][] cached = appearCache.get(o);
        if (cached == null) {
            ServerPacket[] packets = presence.appear(o);
            cached = new byte[packets.length][];
            for (int i = 0; i < packets.length; i++) {
                cached[i] = packets[i].encode();
            }
            appearCache.put(o, cached);
        }
        return cached;
    }

    /** Objects a player would see from where it stands (used by tests and admin tools). */
    List<WorldObject> visibleFrom(WorldObject obj) {
        List<WorldObject> out = new ArrayList<>();
        for (WorldRegion region : grid.around(grid.regionOf(obj))) {
            for (WorldObject other : region.objects()) {
                if (other != obj && obj.isWithin2d(other, view)) {
                    out.add(other);
                }
            }
        }
        return out;
    }
}
