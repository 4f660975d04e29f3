package org.aden.game.skill;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Every skill level of the datapack, indexed by (id, level). Immutable. */
public final class SkillTemplates {
    private final Map<Long, SkillTemplate> byKey;

    public SkillTemplates(Collection<SkillTemplate> templates) {
        Map<Long, SkillTemplate> m = new HashMap<>(templates.size() * 2);
        for (SkillTemplate t : templates) {
            m.put(key(t.id(), t.level()), t);
        }
        this.byKey = Map.copyOf(m);
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
