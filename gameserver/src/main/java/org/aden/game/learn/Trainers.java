package org.aden.game.learn;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.aden.game.datapack.XmlElement;

/**
 * Which classes each trainer teaches ({@code datapack/trainers}), with the class tree to find a third class's parent.
 * Immutable: a reload builds a new one.
 */
public final class Trainers {
    private final Map<Integer, Set<Integer>> classesByNpc;
    private final Map<Integer, Integer> parents;

    public Trainers(Map<Integer, Set<Integer>> classesByNpc, Map<Integer, Integer> parents) {
        Map<Integer, Set<Integer>> copy = new LinkedHashMap<>();
        classesByNpc.forEach((npc, classes) -> copy.put(npc, Set.copyOf(classes)));
        this.classesByNpc = Map.copyOf(copy);
        this.parents = Map.copyOf(parents);
    }

    public static Trainers empty() {
        return new Trainers(Map.of(), Map.of());
    }

    /** @param classRoots the datapack's {@code classes} part (the parents) */
    public static Trainers load(List<XmlElement> roots, List<XmlElement> classRoots) {
        Map<Integer, Integer> parents = new HashMap<>();
        for (XmlElement r : classRoots) {
            for (XmlElement c : r.children("class")) {
                if (c.has("parent")) {
                    parents.put(c.integer("id"), c.integer("parent"));
                }
            }
        }
        Map<Integer, Set<Integer>> m = new LinkedHashMap<>();
        for (XmlElement r : roots) {
            for (XmlElement t : r.children("trainer")) {
                Set<Integer> classes = new TreeSet<>();
                for (String id : t.string("classes").trim().split("\\s+")) {
                    classes.add(Integer.parseInt(id));
                }
                m.put(t.integer("npc"), classes);
            }
        }
        return new Trainers(m, parents);
    }

    /**
     * Whether this trainer teaches a player of this class. A third class is taught where its second class is (the
     * trainers of Interlude list the classes up to the second change, and some the third ones too).
     */
    public boolean teaches(int npcId, int classId) {
        Set<Integer> classes = classesByNpc.get(npcId);
        if (classes == null) {
            return false;
        }
        return classes.contains(classId) || (depth(classId) == 3 && classes.contains(parents.get(classId)));
    }

    /** The classes a trainer teaches, in id order; empty for an NPC that is not a trainer here. */
    public Set<Integer> classesOf(int npcId) {
        return classesByNpc.getOrDefault(npcId, Set.of());
    }

    public int size() {
        return classesByNpc.size();
    }

    /** 0 for a base class, 1 after the first change, 2 after the second, 3 after the third. */
    private int depth(int classId) {
        int d = 0;
        for (Integer c = parents.get(classId); c != null && d < 8; c = parents.get(c)) {
            d++;
        }
        return d;
    }
}
