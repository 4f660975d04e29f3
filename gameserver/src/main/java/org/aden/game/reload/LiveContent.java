package org.aden.game.reload;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.aden.game.content.DatapackPart;
import org.aden.game.content.DatapackProblems;
import org.aden.game.content.WorldData;
import org.aden.game.content.WorldDataLoader;
import org.aden.game.datapack.XmlDatapack;
import org.aden.game.door.Doors;
import org.aden.game.spawn.Spawner;
import org.aden.game.staticobject.StaticObjects;
import org.aden.game.world.World;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The datapack as the running world uses it: the current {@link WorldData} and what it put into the world (NPCs
 * of the spawn table, doors, static objects). {@link #reload} reads and checks a new datapack off the world thread
 * and swaps it in on the world thread; a datapack with problems changes nothing. The current data is read and
 * replaced on the world thread only.
 */
public final class LiveContent {
    private static final Logger LOG = LogManager.getLogger(LiveContent.class);

    /** Parts whose reload respawns what is in the world; {@link #onSwap} adds parts that systems take over. */
    public static final List<DatapackPart> APPLIED_LIVE =
            List.of(DatapackPart.NPCS, DatapackPart.SPAWNS, DatapackPart.DOORS, DatapackPart.STATIC_OBJECTS);

    /** What a reload ended with: the problems (empty when it was swapped in) and one line for the GM. */
    public record Outcome(boolean swapped, String summary, List<String> problems) {}

    private final World world;
    private final XmlDatapack datapack;
    private final Spawner spawner;
    private final Doors doors;
    private final StaticObjects staticObjects;
    private final boolean spawnNpcs;
    private final Executor offWorld;
    private final Map<DatapackPart, List<Consumer<WorldData>>> takers = new EnumMap<>(DatapackPart.class);
    private WorldData current;
    private boolean reloading;

    /**
     * @param spawnNpcs whether the spawn table is put into the world (game.world.spawn-npcs)
     * @param offWorld where a reload reads the datapack (never the world thread)
     */
    public LiveContent(
            World world,
            XmlDatapack datapack,
            WorldData initial,
            Spawner spawner,
            Doors doors,
            StaticObjects staticObjects,
            boolean spawnNpcs,
            Executor offWorld) {
        this.world = world;
        this.datapack = datapack;
        this.current = initial;
        this.spawner = spawner;
        this.doors = doors;
        this.staticObjects = staticObjects;
        this.spawnNpcs = spawnNpcs;
        this.offWorld = offWorld;
    }

    /**
     * A system built at start that holds {@code part} (shops, gatekeepers...) takes the new data on a reload of that
     * part or of the whole datapack; it runs on the world thread with the swap.
     */
    public void onSwap(DatapackPart part, Consumer<WorldData> take) {
        takers.computeIfAbsent(part, k -> new ArrayList<>()).add(take);
    }

    /** The data in use (world thread). */
    public WorldData current() {
        return current;
    }

    public Spawner spawner() {
        return spawner;
    }

    public Doors doors() {
        return doors;
    }

    /** Puts the current data's NPCs, doors and static objects into the world (world thread, once at start). */
    public void populate() {
        long t0 = System.nanoTime();
        int npcs = spawnNpcs ? spawner.spawnAll(current.spawns()) : 0;
        long t1 = System.nanoTime();
        int d = doors.spawnAll(current.doors());
        int s = staticObjects.spawnAll(current.staticObjects());
        LOG.info(
                "Spawned {} NPCs of {} spawn points and {} territories in {} ms; {} doors and {} static objects in {} ms",
                npcs,
                current.spawns().points().size(),
                current.spawns().territories().size(),
                (t1 - t0) / 1_000_000,
                d,
                s,
                (System.nanoTime() - t1) / 1_000_000);
        if (!spawnNpcs) {
            LOG.info("NPCs are not spawned (game.world.spawn-npcs=false)");
        }
        // the load's garbage (XML trees, loader maps) is most of the heap now: collected once, the heap a
        // collector gives back (Serial, G1) is given back at start instead of at some later full collection
        System.gc();
    }

    /**
     * Starts a reload (world thread): the whole datapack is read and checked off the world thread (a part refers to
     * others), then, on the world thread, swapped in and applied to the world for {@code part}, or for every part
     * of {@link #APPLIED_LIVE} when none is given. {@code done} runs on the world thread.
     */
    public void reload(Optional<DatapackPart> part, String by, Consumer<Outcome> done) {
        if (reloading) {
            done.accept(new Outcome(false, "A datapack reload is already running.", List.of()));
            return;
        }
        reloading = true;
        LOG.info(
                "Datapack reload ({}) requested by {}",
                part.map(DatapackPart::folder).orElse("all"),
                by);
        offWorld.execute(() -> {
            long t0 = System.nanoTime();
            WorldData fresh = null;
            List<String> problems;
            try {
                fresh = WorldDataLoader.load(datapack);
                problems = List.of();
            } catch (DatapackProblems e) {
                problems = e.problems();
            } catch (RuntimeException e) {
                problems = List.of(String.valueOf(e.getMessage()));
            }
            long loadMs = (System.nanoTime() - t0) / 1_000_000;
            WorldData loaded = fresh;
            List<String> found = problems;
            world.submit(() -> {
                reloading = false;
                if (loaded == null) {
                    LOG.warn(
                            "Datapack reload refused, the old data stays: {} problem(s)\n  {}",
                            found.size(),
                            String.join("\n  ", found));
                    done.accept(new Outcome(
                            false,
                            "Datapack reload refused (" + found.size() + " problem(s)); the old data stays.",
                            found));
                    return;
                }
                done.accept(new Outcome(true, swap(loaded, part) + " (read in " + loadMs + " ms)", List.of()));
            });
        });
    }

    /** World thread: the new data becomes current and the chosen parts are re-spawned from it. */
    private String swap(WorldData fresh, Optional<DatapackPart> part) {
        current = fresh;
        List<DatapackPart> applied = part.map(List::of).orElse(APPLIED_LIVE);
        StringBuilder done = new StringBuilder("Datapack reloaded");
        spawner.setTemplates(fresh.npcs());
        if (spawnNpcs && (applied.contains(DatapackPart.NPCS) || applied.contains(DatapackPart.SPAWNS))) {
            spawner.despawnAll();
            done.append("; NPCs respawned: ").append(spawner.spawnAll(fresh.spawns()));
        }
        if (applied.contains(DatapackPart.DOORS)) {
            doors.despawnAll();
            done.append("; doors: ").append(doors.spawnAll(fresh.doors()));
        }
        if (applied.contains(DatapackPart.STATIC_OBJECTS)) {
            staticObjects.despawnAll();
            done.append("; static objects: ").append(staticObjects.spawnAll(fresh.staticObjects()));
        }
        for (Map.Entry<DatapackPart, List<Consumer<WorldData>>> t : takers.entrySet()) {
            if (part.isEmpty() || part.get() == t.getKey()) {
                t.getValue().forEach(take -> take.accept(fresh));
                done.append("; ").append(t.getKey().folder()).append(" in use");
            }
        }
        if (part.isPresent() && !APPLIED_LIVE.contains(part.get()) && !takers.containsKey(part.get())) {
            done.append("; ")
                    .append(part.get().folder())
                    .append(" is checked and kept for new lookups, the systems holding it use it after a restart");
        }
        LOG.info("{}", done);
        return done.toString();
    }
}
