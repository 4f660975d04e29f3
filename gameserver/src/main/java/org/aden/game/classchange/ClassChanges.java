package org.aden.game.classchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aden.game.datapack.XmlElement;

/**
 * The class tree ({@code datapack/classes}) with what a village master asks for each class ({@code
 * datapack/class-changes}): the level, the proof items, the master's gift. Immutable.
 */
public final class ClassChanges {
    /** An item and its count. */
    public record Items(int itemId, int count) {}

    /** A class that can be reached from its parent. */
    public record Change(
            int classId, String name, int parentClassId, int level, List<Items> proofs, List<Items> rewards) {
        public Change {
            proofs = List.copyOf(proofs);
            rewards = List.copyOf(rewards);
        }
    }

    private final Map<Integer, Change> byClass;
    private final Map<Integer, Integer> parents;

    public ClassChanges(Map<Integer, Change> byClass, Map<Integer, Integer> parents) {
        this.byClass = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byClass));
        this.parents = Map.copyOf(parents);
    }

    public static ClassChanges empty() {
        return new ClassChanges(Map.of(), Map.of());
    }

    /** @param classRoots the datapack's {@code classes} part (names and parents) */
    public static ClassChanges load(List<XmlElement> roots, List<XmlElement> classRoots) {
        Map<Integer, String> names = new LinkedHashMap<>();
        Map<Integer, Integer> parents = new LinkedHashMap<>();
        for (XmlElement r : classRoots) {
            for (XmlElement c : r.children("class")) {
                names.put(c.integer("id"), c.string("name"));
                if (c.has("parent")) {
                    parents.put(c.integer("id"), c.integer("parent"));
                }
            }
        }
        Map<Integer, Change> m = new LinkedHashMap<>();
        for (XmlElement r : roots) {
            for (XmlElement c : r.children("class-change")) {
                int id = c.integer("class");
                Integer parent = parents.get(id);
                if (parent == null) {
                    throw c.error("class " + id + " has no parent class to change from");
                }
                m.put(
                        id,
                        new Change(
                                id,
                                names.getOrDefault(id, "class " + id),
                                parent,
                                c.integer("level"),
                                items(c, "proof"),
                                items(c, "reward")));
            }
        }
        return new ClassChanges(m, parents);
    }

    private static List<Items> items(XmlElement c, String child) {
        List<Items> out = new ArrayList<>();
        for (XmlElement i : c.children(child)) {
            out.add(new Items(i.integer("item"), i.integer("count", 1)));
        }
        return out;
    }

    /** The classes reachable from this one, in id order. */
    public List<Change> from(int classId) {
        return byClass.values().stream()
                .filter(c -> c.parentClassId() == classId)
                .toList();
    }

    public Optional<Change> get(int classId) {
        return Optional.ofNullable(byClass.get(classId));
    }

    /** The base class of a class's line (the root of the class tree). */
    public int baseClassOf(int classId) {
        int c = classId;
        for (int guard = 0; guard < 8 && parents.containsKey(c); guard++) {
            c = parents.get(c);
        }
        return c;
    }

    public int size() {
        return byClass.size();
    }
}
