package org.aden.game.door;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aden.game.datapack.XmlElement;

/** Every door template by door id, in file order. Immutable. */
public final class DoorTemplates {
    private final Map<Integer, DoorTemplate> byId;

    public DoorTemplates(Map<Integer, DoorTemplate> byId) {
        this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    /** @param roots the validated files of {@code datapack/doors/}; a door id given twice is an error at its line */
    public static DoorTemplates load(List<XmlElement> roots) {
        Map<Integer, DoorTemplate> byId = new LinkedHashMap<>();
        for (XmlElement root : roots) {
            for (XmlElement d : root.children("door")) {
                DoorTemplate t = new DoorTemplate(
                        d.integer("id"),
                        d.string("name", ""),
                        d.integer("x"),
                        d.integer("y"),
                        d.integer("z"),
                        d.integer("hp", 0),
                        d.integer("p-def", 0),
                        d.integer("m-def", 0),
                        flag(d, "open", false),
                        flag(d, "show-hp", true),
                        flag(d, "targetable", true),
                        flag(d, "wall", false),
                        d.integer("clan-hall", 0));
                if (byId.putIfAbsent(t.id(), t) != null) {
                    throw d.error("door " + t.id() + " is already defined");
                }
            }
        }
        return new DoorTemplates(byId);
    }

    static boolean flag(XmlElement e, String attribute, boolean def) {
        return Boolean.parseBoolean(e.string(attribute, Boolean.toString(def)));
    }

    public Optional<DoorTemplate> get(int doorId) {
        return Optional.ofNullable(byId.get(doorId));
    }

    public int size() {
        return byId.size();
    }

    public Collection<DoorTemplate> all() {
        return byId.values();
    }
}
