package org.aden.game.character;

import java.util.List;
import org.aden.game.item.ItemData;

/** One line of the character selection screen: the character and what it wears. */
public record CharacterListEntry(CharacterData character, List<ItemData> equipped) {
    public CharacterListEntry {
        equipped = List.copyOf(equipped);
    }
}
