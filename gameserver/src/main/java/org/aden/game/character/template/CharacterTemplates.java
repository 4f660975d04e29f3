package org.aden.game.character.template;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The creation templates by class id, in class-id order (the order NewCharacterSuccess lists them). */
public final class CharacterTemplates {
    private final Map<Integer, CharacterTemplate> byClassId = new LinkedHashMap<>();

    public CharacterTemplates(Collection<CharacterTemplate> templates) {
        templates.stream()
                .sorted(Comparator.comparingInt(CharacterTemplate::classId))
                .forEach(t -> byClassId.put(t.classId(), t));
    }

    /** The template of a base class, or null when that class cannot be created. */
    public CharacterTemplate get(int classId) {
        return byClassId.get(classId);
    }

    public List<CharacterTemplate> all() {
        return List.copyOf(byClassId.values());
    }

    public int size() {
        return byClassId.size();
    }
}
