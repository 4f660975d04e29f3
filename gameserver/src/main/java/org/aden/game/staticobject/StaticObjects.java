package org.aden.game.staticobject;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.aden.game.world.World;

/** The static objects of the running world (world thread only): spawned from the templates, removed on reload. */
public final class StaticObjects {
    private final World world;
    private final IntSupplier ids;
    private final List<PlacedStaticObject> placed = new ArrayList<>();

    public StaticObjects(World world, IntSupplier ids) {
        this.world = world;
        this.ids = ids;
    }

    public int spawnAll(StaticObjectTemplates templates) {
        for (StaticObjectTemplate t : templates.all()) {
            PlacedStaticObject o = new PlacedStaticObject(ids.getAsInt(), t);
            placed.add(o);
            world.spawn(o);
        }
        return templates.size();
    }

    public void despawnAll() {
        placed.forEach(world::despawn);
        placed.clear();
    }

    public int count() {
        return placed.size();
    }
}
