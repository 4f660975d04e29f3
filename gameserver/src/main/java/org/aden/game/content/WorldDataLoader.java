package org.aden.game.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aden.game.character.template.CharacterTemplateLoader;
import org.aden.game.character.template.CharacterTemplates;
import org.aden.game.classchange.ClassChanges;
import org.aden.game.datapack.DatapackException;
import org.aden.game.datapack.XmlDatapack;
import org.aden.game.datapack.XmlElement;
import org.aden.game.door.DoorTemplates;
import org.aden.game.item.ItemCatalog;
import org.aden.game.item.ItemTemplateLoader;
import org.aden.game.learn.Trainers;
import org.aden.game.npc.NpcTemplateLoader;
import org.aden.game.npc.NpcTemplates;
import org.aden.game.shop.BuyLists;
import org.aden.game.shop.Multisells;
import org.aden.game.skill.SkillTemplateLoader;
import org.aden.game.skill.SkillTemplates;
import org.aden.game.skill.SkillTrees;
import org.aden.game.spawn.SpawnTable;
import org.aden.game.spawn.SpawnTableLoader;
import org.aden.game.stat.ExperienceTable;
import org.aden.game.staticobject.StaticObjectTemplates;
import org.aden.game.teleport.Destinations;
import org.aden.game.zone.MapRegions;
import org.aden.game.zone.Zones;

/**
 * Reads every part of the datapack, validated against its schema and cross-checked ({@link ReferenceCheck}),
 * into one {@link WorldData}. Parts are read one after the other (each one's files in parallel) and their XML
 * trees are dropped once turned into templates, so the peak memory is that of the largest part. Nothing is
 * returned unless the whole datapack is sound: every problem found is listed in one {@link DatapackProblems}.
 */
public final class WorldDataLoader {
    /** Told after each part: a host watching the log sees the load advance. */
    @FunctionalInterface
    public interface Progress {
        void loaded(DatapackPart part, WorldData.PartLoad load);
    }

    private WorldDataLoader() {}

    public static WorldData load(XmlDatapack datapack) {
        return load(datapack, (part, load) -> {});
    }

    public static WorldData load(XmlDatapack datapack, Progress progress) {
        Path root = datapack.root();
        ReferenceCheck check = new ReferenceCheck(root);
        Set<String> problems = new LinkedHashSet<>();
        Map<DatapackPart, WorldData.PartLoad> parts = new LinkedHashMap<>();
        CharacterTemplates chars = null;
        ItemCatalog items = null;
        NpcTemplates npcs = null;
        ExperienceTable experience = null;
        List<XmlElement> spawnRoots = List.of();
        MapRegions mapRegions = null;
        Zones zones = null;
        Destinations teleports = new Destinations(Map.of());
        BuyLists buyLists = new BuyLists(Map.of());
        Multisells multisells = new Multisells(Map.of());
        SkillTemplates skills = SkillTemplates.empty();
        SkillTrees skillTrees = new SkillTrees(Map.of(), Map.of());
        ClassChanges classChanges = ClassChanges.empty();
        Trainers trainers = Trainers.empty();
        List<XmlElement> classRoots = List.of();
        DoorTemplates doors = new DoorTemplates(Map.of());
        StaticObjectTemplates staticObjects = new StaticObjectTemplates(Map.of());
        for (DatapackPart part : DatapackPart.values()) {
            long t0 = System.nanoTime();
            PartReader.Result read = PartReader.read(datapack, part);
            problems.addAll(read.problems());
            int before = check.found();
            check.visit(part, read.roots());
            boolean sound = read.problems().isEmpty() && check.found() == before;
            try {
                switch (part) {
                    case CHARS -> chars = CharacterTemplateLoader.load(read.roots(), root.resolve(part.folder()));
                    case ITEMS -> items = sound ? ItemTemplateLoader.load(read.roots()) : null;
                    case SKILLS -> skills = sound ? SkillTemplateLoader.load(read.roots()) : skills;
                    case CLASSES -> classRoots = read.roots();
                    case SKILL_TREES -> skillTrees = sound ? SkillTrees.load(read.roots(), classRoots) : skillTrees;
                    case CLASS_CHANGES ->
                        classChanges = sound ? ClassChanges.load(read.roots(), classRoots) : classChanges;
                    case TRAINERS -> trainers = sound ? Trainers.load(read.roots(), classRoots) : trainers;
                    case NPCS -> npcs = sound ? NpcTemplateLoader.load(read.roots()) : null;
                    case EXPERIENCE ->
                        experience = sound && read.roots().size() == 1
                                ? ExperienceTable.load(read.roots().get(0))
                                : null;
                    case SPAWNS -> spawnRoots = read.roots(); // built once every NPC reference is known good
                    case ZONES -> zones = sound ? Zones.load(read.roots()) : null;
                    case MAP_REGIONS -> mapRegions = sound ? MapRegions.load(read.roots()) : null;
                    case TELEPORTS -> teleports = Destinations.load(read.roots());
                    case BUYLISTS -> buyLists = BuyLists.load(read.roots(), items);
                    case MULTISELLS -> multisells = sound ? Multisells.load(read.roots()) : multisells;
                    case DOORS -> doors = DoorTemplates.load(read.roots());
                    case STATIC_OBJECTS -> staticObjects = StaticObjectTemplates.load(read.roots());
                    default -> {}
                }
            } catch (DatapackException e) {
                problems.add(e.relativeTo(root));
            }
            WorldData.PartLoad load = new WorldData.PartLoad(
                    read.files(), entries(part, read.roots()), (System.nanoTime() - t0) / 1_000_000);
            parts.put(part, load);
            progress.loaded(part, load);
        }
        problems.addAll(check.problems());
        if (!problems.isEmpty()) {
            throw new DatapackProblems(new ArrayList<>(problems));
        }
        long t0 = System.nanoTime();
        SpawnTable spawns = SpawnTableLoader.load(spawnRoots, npcs);
        WorldData.PartLoad spawnLoad = parts.get(DatapackPart.SPAWNS);
        parts.put(
                DatapackPart.SPAWNS,
                new WorldData.PartLoad(
                        spawnLoad.files(),
                        spawnLoad.entries(),
                        spawnLoad.millis() + (System.nanoTime() - t0) / 1_000_000));
        return new WorldData(
                chars,
                items,
                npcs,
                spawns,
                experience,
                zones,
                mapRegions,
                teleports,
                buyLists,
                multisells,
                skills,
                skillTrees,
                classChanges,
                trainers,
                doors,
                staticObjects,
                parts);
    }

    /** Top-level entries: one per file for parts with one entry per file (chars, multisells), else children. */
    private static int entries(DatapackPart part, List<XmlElement> roots) {
        if (part == DatapackPart.CHARS || part == DatapackPart.MULTISELLS) {
            return roots.size();
        }
        int n = 0;
        for (XmlElement r : roots) {
            n += r.children().size();
        }
        return n;
    }
}
