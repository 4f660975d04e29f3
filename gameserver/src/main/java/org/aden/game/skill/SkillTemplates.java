package org.aden.game.skill;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every skill level of the datapack, indexed by (id, level). The templates are immutable; a reload swaps the whole
 * set in ({@link #replaceWith}).
 */
public final class SkillTemplates {
    private volatile Map<Long, SkillTemplate> byKey;

    public SkillTemplates(Collection<SkillTemplate> templates) {
        Map<Long, SkillTemplate> m = new HashMap<>(templates.size() * 2);
        for (SkillTemplate t : templates) {
            m.put(key(t.id(), t.level()), t);
        }
        // not Map.copyOf: a Long key's hash is id ^ level, and the immutable map's linear probing then crawls
        this.byKey = java.util.Collections.unmodifiableMap(m);
    }

    private SkillTemplates(SkillTemplates from) {
        this.byKey = from.byKey;
    }

    /**
     * A new SkillTemplates holding the same skill levels: the running systems hold such a view, which a reload points at the new
     * set ({@link #replaceWith}) while the loaded set stays as it was.
     */
    public SkillTemplates view() {
        return new SkillTemplates(this);
    }

    /** On the world thread, at a reload: every holder of this SkillTemplates sees {@code fresh}'s skill levels from now on. */
    public void replaceWith(SkillTemplates fresh) {
        byKey = fresh.byKey;
    }

    public static SkillTemplates empty() {
        return new SkillTemplates(java.util.List.of());
    }

    private static long key(int id, int level) {
        return ((long) id << 32) | (level & 0xFFFFFFFFL);
    }

    public Optional<SkillTemplate> get(int id, int level) {
        return Optional.ofNullable(byKey.get(key(id, level)));
    }

    /** Skill levels held (one skill of 37 levels counts 37). */
    public int size() {
        return byKey.size();
    }

    public Collection<SkillTemplate> all() {
        return byKey.values();
    }
}
