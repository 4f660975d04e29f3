package org.aden.game.world;

import java.util.List;
import org.aden.game.world.stat.InventoryItem;

/** Everything the world needs to place a loaded character: state, belongings and quests. */
public record EnterWorldData(
        PlayerState state,
        List<InventoryItem> inventory,
        List<SkillEntry> skills,
        List<Shortcut> shortcuts,
        List<QuestEntry> quests) {
    public EnterWorldData {
        inventory = List.copyOf(inventory);
        skills = List.copyOf(skills);
        shortcuts = List.copyOf(shortcuts);
        quests = List.copyOf(quests);
    }
}
