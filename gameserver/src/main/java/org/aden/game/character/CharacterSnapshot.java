package org.aden.game.character;

import java.util.List;
import org.aden.game.item.ItemData;
import org.aden.game.quest.QuestRecord;
import org.aden.game.skill.SkillData;

/**
 * A character with everything it owns, loaded by CharacterSelect off the I/O threads and handed to the
 * world at EnterWorld ({@link org.aden.game.lobby.WorldGateway}).
 */
public record CharacterSnapshot(
        CharacterData character, List<ItemData> items, List<SkillData> skills, List<QuestRecord> quests) {
    public CharacterSnapshot {
        items = List.copyOf(items);
        skills = List.copyOf(skills);
        quests = List.copyOf(quests);
    }

    public CharacterSnapshot(CharacterData character, List<ItemData> items, List<SkillData> skills) {
        this(character, items, skills, List.of());
    }
}
