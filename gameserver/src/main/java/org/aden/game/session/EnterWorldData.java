package org.aden.game.session;

import java.util.List;
import org.aden.game.actor.PlayerState;
import org.aden.game.item.ItemData;
import org.aden.game.quest.QuestRecord;
import org.aden.game.shortcut.Shortcut;
import org.aden.game.skill.SkillData;

/** Everything the world needs to place a loaded character: state, belongings and quests. */
public record EnterWorldData(
        PlayerState state,
        /** every item row of the character, the private warehouse's included */
        List<ItemData> inventory,
        List<SkillData> skills,
        List<Shortcut> shortcuts,
        List<QuestRecord> quests) {
    public EnterWorldData {
        inventory = List.copyOf(inventory);
        skills = List.copyOf(skills);
        shortcuts = List.copyOf(shortcuts);
        quests = List.copyOf(quests);
    }
}
