package org.aden.game.skill;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aden.game.datapack.XmlElement;

/**
 * The class skill trees of {@code datapack/skill-trees} (type "class"): the skills each class learns itself and
 * the class it grows from. Immutable; used for the {@code datapack validate} support report.
 */
public final class SkillTrees {
    /** One class's own tree. */
    public record Tree(int classId, int parentClassId, List<Entry> skills) {
        public Tree {
            skills = List.copyOf(skills);
        }
    }

    /** One learnable skill level. */
    public record Entry(int skillId, int level, int minLevel) {}

    private final Map<Integer, Tree> byClass;
    private final Map<Integer, String> classNames;

    public SkillTrees(Map<Integer, Tree> byClass, Map<Integer, String> classNames) {
        this.byClass = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byClass));
        this.classNames = Map.copyOf(classNames);
    }

    /** @param classRoots the datapack's {@code classes} part, for the class names */
    public static SkillTrees load(List<XmlElement> roots, List<XmlElement> classRoots) {
        Map<Integer, String> names = new LinkedHashMap<>();
        for (XmlElement r : classRoots) {
            for (XmlElement c : r.children("class")) {
                names.put(c.integer("id"), c.string("name"));
            }
        }
        Map<Integer, Tree> m = new LinkedHashMap<>();
        for (XmlElement r : roots) {
            for (XmlElement t : r.children("skill-tree")) {
                if (!t.string("type").equals("class") || !t.has("class")) {
                    continue;
                }
                List<Entry> entries = new ArrayList<>();
                for (XmlElement s : t.children("skill")) {
                    entries.add(new Entry(s.integer("id"), s.integer("level"), s.integer("min-level", 0)));
                }
                int classId = t.integer("class");
                m.put(classId, new Tree(classId, t.integer("parent-class", -1), entries));
            }
        }
        return new SkillTrees(m, names);
    }

    public String className(int classId) {
        return classNames.getOrDefault(classId, "class " + classId);
    }

    public Map<Integer, Tree> trees() {
        return byClass;
    }

    /** Distinct skill ids a class can learn: its own tree and its parents' (a second class keeps the first's). */
    public Set<Integer> skillIdsOf(int classId) {
        Set<Integer> ids = new LinkedHashSet<>();
        Tree t = byClass.get(classId);
        int guard = 0;
        while (t != null && guard++ < 8) {
            t.skills().forEach(e -> ids.add(e.skillId()));
            t = byClass.get(t.parentClassId());
        }
        return ids;
    }

    /** The highest level of a skill the class can learn along its line. */
    public int maxLevel(int classId, int skillId) {
        int max = 0;
        Tree t = byClass.get(classId);
        int guard = 0;
        while (t != null && guard++ < 8) {
            for (Entry e : t.skills()) {
                if (e.skillId() == skillId) {
                    max = Math.max(max, e.level());
                }
            }
            t = byClass.get(t.parentClassId());
        }
        return max;
    }
}
