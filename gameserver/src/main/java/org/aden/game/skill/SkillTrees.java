package org.aden.game.skill;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aden.game.datapack.XmlElement;

/**
 * The class skill trees of {@code datapack/skill-trees} (type "class"): the skills each class learns itself and
 * the class it grows from. A class learns its own tree and its parents' (a second class keeps the first's).
 * Immutable; used by the trainers (learn/), the level-up's automatic skills and the {@code datapack validate}
 * support report.
 */
public final class SkillTrees {
    /** One class's own tree. */
    public record Tree(int classId, int parentClassId, List<Entry> skills) {
        public Tree {
            skills = List.copyOf(skills);
        }
    }

    /**
     * One learnable skill level: the character level it needs, its SP, the items learning it takes, whether a
     * trainer teaches it and whether it comes by itself with the level.
     */
    public record Entry(
            int skillId,
            int level,
            int minLevel,
            int sp,
            List<ItemCost> items,
            boolean learnedByNpc,
            boolean autoGet,
            Set<String> races) {
        public Entry {
            items = List.copyOf(items);
            races = Set.copyOf(races);
        }

        public Entry(int skillId, int level, int minLevel) {
            this(skillId, level, minLevel, 0, List.of(), true, false, Set.of());
        }

        /** Whether a character of that race (datapack kebab name, {@code dark-elf}) may learn it. */
        public boolean forRace(String race) {
            return races.isEmpty() || races.contains(race);
        }
    }

    /** An item (a spellbook) and how many of it learning a skill level takes. */
    public record ItemCost(int itemId, int count) {}

    private final Map<Integer, Tree> byClass;
    private final Map<Integer, String> classNames;
    private final List<Entry> fishing;

    public SkillTrees(Map<Integer, Tree> byClass, Map<Integer, String> classNames) {
        this(byClass, classNames, List.of());
    }

    /** @param fishing the fishing tree (type "fishing"): what fishermen teach any class */
    public SkillTrees(Map<Integer, Tree> byClass, Map<Integer, String> classNames, List<Entry> fishing) {
        this.byClass = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byClass));
        this.classNames = Map.copyOf(classNames);
        this.fishing = List.copyOf(fishing);
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
        List<Entry> fishing = new ArrayList<>();
        for (XmlElement r : roots) {
            for (XmlElement t : r.children("skill-tree")) {
                boolean isFishing = t.string("type").equals("fishing");
                if (!isFishing && (!t.string("type").equals("class") || !t.has("class"))) {
                    continue;
                }
                List<Entry> entries = isFishing ? fishing : new ArrayList<>();
                for (XmlElement s : t.children("skill")) {
                    List<ItemCost> items = new ArrayList<>();
                    for (XmlElement i : s.children("item")) {
                        items.add(new ItemCost(i.integer("id"), i.integer("count", 1)));
                    }
                    entries.add(new Entry(
                            s.integer("id"),
                            s.integer("level"),
                            s.integer("min-level", 0),
                            s.integer("sp", 0),
                            items,
                            !"false".equals(s.string("learned-by-npc", "true")),
                            "true".equals(s.string("auto-get", "false")),
                            s.has("races")
                                    ? new java.util.HashSet<>(
                                            List.of(s.string("races").trim().split("\\s+")))
                                    : Set.of()));
                }
                if (isFishing) {
                    continue;
                }
                int classId = t.integer("class");
                m.put(classId, new Tree(classId, t.integer("parent-class", -1), entries));
            }
        }
        return new SkillTrees(m, names, fishing);
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

    /** Every entry of the class's line, its own tree first, then its parents'. */
    private List<Entry> line(int classId) {
        List<Entry> all = new ArrayList<>();
        Tree t = byClass.get(classId);
        int guard = 0;
        while (t != null && guard++ < 8) {
            all.addAll(t.skills());
            t = byClass.get(t.parentClassId());
        }
        return all;
    }

    /** The entry of that skill level along the class's line, if the line has it. */
    public Optional<Entry> find(int classId, int skillId, int level) {
        return line(classId).stream()
                .filter(e -> e.skillId() == skillId && e.level() == level)
                .findFirst();
    }

    /**
     * What a trainer offers now: for each skill of the line, the level after the one known (1 for a skill not
     * known), if a trainer teaches it and the character's level is enough. In tree order.
     *
     * @param known skill id to the level known
     */
    public List<Entry> learnable(int classId, int level, Map<Integer, Integer> known) {
        return learnable(line(classId), level, known);
    }

    /** As {@link #learnable(int, int, Map)} for the fishing tree, for a character of that race. */
    public List<Entry> learnableFishing(String race, int level, Map<Integer, Integer> known) {
        return learnable(fishingFor(race), level, known);
    }

    /** As {@link #nextLearnLevel(int, int, Map)} for the fishing tree. */
    public int nextFishingLevel(String race, int level, Map<Integer, Integer> known) {
        return nextLearnLevel(fishingFor(race), level, known);
    }

    /** The fishing tree's entry of that skill level, if a character of that race may learn it. */
    public Optional<Entry> findFishing(String race, int skillId, int level) {
        return fishingFor(race).stream()
                .filter(e -> e.skillId() == skillId && e.level() == level)
                .findFirst();
    }

    private List<Entry> fishingFor(String race) {
        return fishing.stream().filter(e -> e.forRace(race)).toList();
    }

    private static List<Entry> learnable(List<Entry> line, int level, Map<Integer, Integer> known) {
        Map<Integer, Entry> next = new LinkedHashMap<>();
        for (Entry e : line) {
            if (e.learnedByNpc()
                    && !e.autoGet()
                    && e.minLevel() <= level
                    && e.level() == known.getOrDefault(e.skillId(), 0) + 1) {
                next.putIfAbsent(e.skillId(), e);
            }
        }
        return List.copyOf(next.values());
    }

    /** The lowest character level above {@code level} at which a trainer has something new; 0 when none. */
    public int nextLearnLevel(int classId, int level, Map<Integer, Integer> known) {
        return nextLearnLevel(line(classId), level, known);
    }

    private static int nextLearnLevel(List<Entry> line, int level, Map<Integer, Integer> known) {
        int min = 0;
        for (Entry e : line) {
            if (e.learnedByNpc()
                    && !e.autoGet()
                    && e.minLevel() > level
                    && e.level() > known.getOrDefault(e.skillId(), 0)
                    && (min == 0 || e.minLevel() < min)) {
                min = e.minLevel();
            }
        }
        return min;
    }

    /** The skills that come by themselves at this level: the highest auto-get level of each, above what is known. */
    public List<Entry> autoGet(int classId, int level, Map<Integer, Integer> known) {
        Map<Integer, Entry> best = new LinkedHashMap<>();
        for (Entry e : line(classId)) {
            if (e.autoGet() && e.minLevel() <= level && e.level() > known.getOrDefault(e.skillId(), 0)) {
                best.merge(e.skillId(), e, (a, b) -> a.level() >= b.level() ? a : b);
            }
        }
        return List.copyOf(best.values());
    }
}
