package org.aden.game.reload;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.aden.game.character.template.CharacterTemplates;
import org.aden.game.content.DatapackPart;
import org.aden.game.content.DatapackProblems;
import org.aden.game.content.WorldData;
import org.aden.game.content.WorldDataLoader;
import org.aden.game.datapack.XmlDatapack;
import org.aden.game.door.Doors;
import org.aden.game.item.ItemCatalog;
import org.aden.game.npc.NpcTemplates;
import org.aden.game.skill.SkillTemplates;
import org.aden.game.spawn.Spawner;
import org.aden.game.stat.ExperienceTable;
import org.aden.game.staticobject.StaticObjects;
import org.aden.game.world.World;
import org.aden.game.zone.MapRegions;
import org.aden.game.zone.Zones;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The datapack as the running world uses it: the current {@link WorldData}, the template indexes the game systems
 * hold (items, skills, NPCs, zones, map regions, experience, character templates: views that a reload points at the
 * new set, so a player's inventory made before it sees the new item templates), and what it put into the world (NPCs
 * of the spawn table, doors, static objects). {@link #reload} reads and checks a new datapack off the world thread
 * and swaps it in on the world thread; a datapack with problems changes nothing. The current data is read and
 * replaced on the world thread only.
 */
public final class LiveContent {
    private static final Logger LOG = LogManager.getLogger(LiveContent.class);

    /** Parts whose reload respawns what is in the world; {@link #onSwap} adds parts that systems take over. */
    public static final List<DatapackPart> APPLIED_LIVE =
            List.of(DatapackPart.NPCS, DatapackPart.SPAWNS, DatapackPart.DOORS, DatapackPart.STATIC_OBJECTS);

    /**
     * Parts no running system uses yet (they are checked at start and by datapack validate): a reload of one of them
     * alone is refused with the reason, instead of reading the datapack for nothing.
     */
    public static final Map<DatapackPart, String> NOT_LIVE = Map.of(
            DatapackPart.ARMOUR_SETS,
            "armour-sets are checked but not used by the game yet: nothing to reload",
            DatapackPart.INITIAL_EQUIPMENT,
            "initial-equipment is checked only: new characters get the start items of chars (//reload datapack"
                    + " chars)");

    /** Parts whose templates the indexes of {@link #items()} and its siblings take over on a reload. */
    static final List<DatapackPart> INDEXED = List.of(
            DatapackPart.ITEMS,
            DatapackPart.SKILLS,
            DatapackPart.NPCS,
            DatapackPart.ZONES,
            DatapackPart.MAP_REGIONS,
            DatapackPart.EXPERIENCE,
            DatapackPart.CHARS);

    /**
     * Parts built from another part: buy lists without a price of their own sell at the item's, skill trees,
     * trainers and class changes follow the class tree. A reload of the first hands the second's new data to its holders too.
     */
    static final Map<DatapackPart, List<DatapackPart>> DERIVED = Map.of(
            DatapackPart.ITEMS, List.of(DatapackPart.BUYLISTS),
            DatapackPart.CLASSES, List.of(DatapackPart.SKILL_TREES, DatapackPart.CLASS_CHANGES, DatapackPart.TRAINERS));

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
    private final ItemCatalog items;
    private final SkillTemplates skills;
    private final NpcTemplates npcs;
    private final Zones zones;
    private final MapRegions mapRegions;
    private final ExperienceTable experience;
    private final CharacterTemplates characterTemplates;

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
        this.items = initial.items().view();
        this.skills = initial.skills().view();
        this.npcs = initial.npcs().view();
        this.zones = (initial.zones() != null ? initial.zones() : new Zones(List.of())).view();
        this.mapRegions =
                initial.mapRegions() == null ? null : initial.mapRegions().view();
        this.experience =
                initial.experience() == null ? null : initial.experience().view();
        this.characterTemplates = initial.characterTemplates().view();
    }

    /** The item templates in use: what inventories, the ledger and shops look items up in (a reload swaps them). */
    public ItemCatalog items() {
        return items;
    }

    public SkillTemplates skills() {
        return skills;
    }

    public NpcTemplates npcs() {
        return npcs;
    }

    public Zones zones() {
        return zones;
    }

    public MapRegions mapRegions() {
        return mapRegions;
    }

    public ExperienceTable experience() {
        return experience;
    }

    public CharacterTemplates characterTemplates() {
        return characterTemplates;
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
        if (part.isPresent() && NOT_LIVE.containsKey(part.get())) {
            done.accept(new Outcome(false, "Not reloaded: " + NOT_LIVE.get(part.get()) + ".", List.of()));
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

    /** World thread: the indexes of the reloaded part (all of them on a whole reload) take the new templates. */
    private String swapIndexes(WorldData fresh, Optional<DatapackPart> part) {
        List<String> swapped = new ArrayList<>();
        if (applies(part, DatapackPart.ITEMS)) {
            items.replaceWith(fresh.items());
            swapped.add("items");
        }
        if (applies(part, DatapackPart.SKILLS)) {
            skills.replaceWith(fresh.skills());
            swapped.add("skills");
        }
        if (applies(part, DatapackPart.NPCS)) {
            npcs.replaceWith(fresh.npcs());
            swapped.add("NPC templates");
        }
        if (applies(part, DatapackPart.ZONES)) {
            zones.replaceWith(fresh.zones());
            swapped.add("zones");
        }
        if (applies(part, DatapackPart.MAP_REGIONS) && mapRegions != null) {
            mapRegions.replaceWith(fresh.mapRegions());
            swapped.add("map regions");
        }
        if (applies(part, DatapackPart.EXPERIENCE) && experience != null) {
            experience.replaceWith(fresh.experience());
            swapped.add("experience");
        }
        if (applies(part, DatapackPart.CHARS)) {
            characterTemplates.replaceWith(fresh.characterTemplates());
            swapped.add("character templates");
        }
        return swapped.isEmpty() ? "" : "; templates in use: " + String.join(", ", swapped);
    }

    private static boolean applies(Optional<DatapackPart> reloaded, DatapackPart part) {
        return reloaded.isEmpty() || reloaded.get() == part;
    }

    /** World thread: the new data becomes current and the chosen parts are re-spawned from it. */
    private String swap(WorldData fresh, Optional<DatapackPart> part) {
        current = fresh;
        List<DatapackPart> applied = part.map(List::of).orElse(APPLIED_LIVE);
        StringBuilder done = new StringBuilder("Datapack reloaded");
        done.append(swapIndexes(fresh, part));
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
        List<DatapackPart> reached = new ArrayList<>();
        part.ifPresent(p -> {
            reached.add(p);
            reached.addAll(DERIVED.getOrDefault(p, List.of()));
        });
        for (Map.Entry<DatapackPart, List<Consumer<WorldData>>> t : takers.entrySet()) {
            if (part.isEmpty() || reached.contains(t.getKey())) {
                t.getValue().forEach(take -> take.accept(fresh));
                done.append("; ").append(t.getKey().folder()).append(" in use");
            }
        }
        if (part.isPresent()
                && !APPLIED_LIVE.contains(part.get())
                && !takers.containsKey(part.get())
                && !INDEXED.contains(part.get())) {
            done.append("; ")
                    .append(part.get().folder())
                    .append(" is checked and kept for new lookups, the systems holding it use it after a restart");
        }
        LOG.info("{}", done);
        return done.toString();
    }
}
