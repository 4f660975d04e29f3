package org.aden.game.character;

import java.util.List;
import org.aden.game.item.ItemData;
import org.aden.game.skill.SkillData;

/**
 * A character with everything it owns, loaded by CharacterSelect off the I/O threads and handed to the
 * world at EnterWorld ({@link org.aden.game.lobby.WorldGateway}).
 */
public record CharacterSnapshot(CharacterData character, List<ItemData> items, List<SkillData> skills) {
    public CharacterSnapshot {
        items = List.copyOf(items);
        skills = List.copyOf(skills);
    }
}
