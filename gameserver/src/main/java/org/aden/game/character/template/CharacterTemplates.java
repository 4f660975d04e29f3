package org.aden.game.character.template;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The creation templates by class id, in class-id order (the order NewCharacterSuccess lists them). A reload swaps
 * the whole set in ({@link #replaceWith}).
 */
public final class CharacterTemplates {
    private volatile Map<Integer, CharacterTemplate> byClassId;

    public CharacterTemplates(Collection<CharacterTemplate> templates) {
        Map<Integer, CharacterTemplate> m = new LinkedHashMap<>();
        templates.stream()
                .sorted(Comparator.comparingInt(CharacterTemplate::classId))
                .forEach(t -> m.put(t.classId(), t));
        this.byClassId = java.util.Collections.unmodifiableMap(m);
    }

    private CharacterTemplates(CharacterTemplates from) {
        this.byClassId = from.byClassId;
    }

    /**
     * A new CharacterTemplates holding the same templates: the running systems hold such a view, which a reload points at the new
     * set ({@link #replaceWith}) while the loaded set stays as it was.
     */
    public CharacterTemplates view() {
        return new CharacterTemplates(this);
    }

    /** On the world thread, at a reload: every holder of this CharacterTemplates sees {@code fresh}'s templates from now on. */
    public void replaceWith(CharacterTemplates fresh) {
        byClassId = fresh.byClassId;
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
