package org.aden.game.world;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.aden.common.net.ServerPacket;
import org.aden.game.actor.Player;
import org.aden.game.actor.WorldObject;
import org.aden.game.network.server.world.DeleteObject;
import org.aden.game.world.region.RegionGrid;
import org.aden.game.world.region.WorldRegion;

/**
 * Keeps known lists symmetric with distance: a player knows an object within the view radius and
 * forgets it beyond the forget radius; each change sends the appear packets or DeleteObject exactly once.
 */
final class Visibility {
    private final RegionGrid grid;
    private final Presence presence;
    private final double view;
    private final double forget;
    /** Appear packets encoded once per object per pass and shared by every new viewer. */
    private final Map<WorldObject, byte[][]> appearCache = new IdentityHashMap<>();

    Visibility(RegionGrid grid, WorldSettings settings, Presence presence) {
        this.grid = grid;
        this.presence = presence;
        this.view = settings.viewRadius();
        this.forget = settings.forgetRadius();
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
        for (WorldRegion region : grid.around(grid.regionOf(obj))) {
            if (self == null && region.playerCount() == 0) {
                continue;
            }
            for (WorldObject other : region.objects()) {
                if (other == obj || !obj.isWithin2d(other, view)) {
                    continue;
                }
                if (self != null) {
                    // between two players knowing is mutual, so one lookup decides both directions
                    if (!self.knows(other)) {
                        addKnown(self, other);
                        if (other instanceof Player viewer && !viewer.knows(self)) {
                            addKnown(viewer, self);
                        }
                    }
                } else if (other instanceof Player viewer && !viewer.knows(obj)) {
                    addKnown(viewer, obj);
                }
            }
        }
        if (self != null) {
            List<WorldObject> gone = null;
            for (WorldObject k : self.known()) {
                if (!obj.isWithin2d(k, forget)) {
                    (gone == null ? gone = new ArrayList<>() : gone).add(k);
                }
            }
            if (gone != null) {
                for (WorldObject k : gone) {
                    removeKnown(self, k);
                    if (k instanceof Player other && other.knows(self)) {
                        removeKnown(other, self);
                    }
                }
            }
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

    /** Removes the object from every known list: its viewers get one shared DeleteObject. */
    void forgetEverywhere(WorldObject obj) {
        if (!obj.seenBy().isEmpty()) {
            byte[] delete = new DeleteObject(obj.objectId()).encode();
            for (Player p : new ArrayList<>(obj.seenBy())) {
                p.knownMutable().remove(obj);
                if (p.target() == obj) {
                    p.setTarget(null);
                }
                p.sendBytes(delete);
            }
            obj.seenByMutable().clear();
        }
        if (obj instanceof Player self) {
            for (WorldObject k : self.knownMutable()) {
                k.seenByMutable().remove(self);
            }
            self.knownMutable().clear();
        }
        appearCache.remove(obj);
    }

    private void addKnown(Player viewer, WorldObject o) {
        viewer.knownMutable().add(o);
        o.seenByMutable().add(viewer);
        for (byte[] body : appearBytes(o)) {
            viewer.sendBytes(body);
        }
    }

    private void removeKnown(Player viewer, WorldObject o) {
        viewer.knownMutable().remove(o);
        o.seenByMutable().remove(viewer);
        if (viewer.target() == o) {
            viewer.setTarget(null);
        }
        viewer.send(new DeleteObject(o.objectId()));
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
