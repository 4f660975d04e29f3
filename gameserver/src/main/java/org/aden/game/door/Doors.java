package org.aden.game.door;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import org.aden.game.world.World;

/**
 * The doors of the running world (world thread only): puts every template's door into the world, where nearby
 * players learn of it like of any object, and opens and closes them, telling everyone who sees the door.
 */
public final class Doors {
    private final World world;
    private final IntSupplier ids;
    private final Map<Integer, Door> byDoorId = new HashMap<>();

    /** @param ids object ids for the doors (the server's id factory) */
    public Doors(World world, IntSupplier ids) {
        this.world = world;
        this.ids = ids;
    }

    /** Spawns a door for every template not yet in the world; returns how many were spawned. */
    public int spawnAll(DoorTemplates templates) {
        int n = 0;
        for (DoorTemplate t : templates.all()) {
            if (!byDoorId.containsKey(t.id())) {
                Door d = new Door(ids.getAsInt(), t);
                byDoorId.put(t.id(), d);
                world.spawn(d);
                n++;
            }
        }
        return n;
    }

    /** Removes every door (viewers get DeleteObject), before new templates are spawned by a reload. */
    public void despawnAll() {
        byDoorId.values().forEach(world::despawn);
        byDoorId.clear();
    }

    public Door byDoorId(int doorId) {
        return byDoorId.get(doorId);
    }

    public int count() {
        return byDoorId.size();
    }

    /** Opens (true) or closes a door; returns false when it already was so (nothing is sent). */
    public boolean setOpen(Door d, boolean open) {
        if (d.isOpen() == open) {
            return false;
        }
        d.setOpen(open);
        world.broadcast(d, DoorPackets.status(d));
        return true;
    }
}
