package org.aden.game.content;

import java.util.Map;
import java.util.stream.Collectors;
import org.aden.game.character.template.CharacterTemplates;
import org.aden.game.classchange.ClassChanges;
import org.aden.game.door.DoorTemplates;
import org.aden.game.item.ItemCatalog;
import org.aden.game.learn.Trainers;
import org.aden.game.npc.NpcTemplates;
import org.aden.game.shop.BuyLists;
import org.aden.game.shop.Multisells;
import org.aden.game.skill.SkillTemplates;
import org.aden.game.skill.SkillTrees;
import org.aden.game.spawn.SpawnTable;
import org.aden.game.stat.ExperienceTable;
import org.aden.game.staticobject.StaticObjectTemplates;
import org.aden.game.teleport.Destinations;
import org.aden.game.zone.MapRegions;
import org.aden.game.zone.Zones;

/**
 * One consistent, checked set of world data: built off the world thread, swapped in whole, never changed.
 *
 * @param parts what each part held and cost to load, in load order
 */
public record WorldData(
        CharacterTemplates characterTemplates,
        ItemCatalog items,
        NpcTemplates npcs,
        SpawnTable spawns,
        ExperienceTable experience,
        Zones zones,
        MapRegions mapRegions,
        Destinations teleports,
        BuyLists buyLists,
        Multisells multisells,
        SkillTemplates skills,
        SkillTrees skillTrees,
        ClassChanges classChanges,
        Trainers trainers,
        DoorTemplates doors,
        StaticObjectTemplates staticObjects,
        Map<DatapackPart, PartLoad> parts) {

    /** @param entries the part's top-level entries (items, NPCs, spawns, zones...) */
    public record PartLoad(int files, int entries, long millis) {}

    /** One line for the startup log: entries and time per part. */
    public String summary() {
        long total = parts.values().stream().mapToLong(PartLoad::millis).sum();
        return parts.entrySet().stream()
                        .map(e -> e.getKey().folder() + " " + e.getValue().entries() + " ("
                                + e.getValue().millis() + " ms)")
                        .collect(Collectors.joining(", "))
                + "; " + skills.size() + " skill levels; " + total + " ms in all";
    }
}
