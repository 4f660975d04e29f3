package org.aden.game.staticobject;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aden.game.datapack.XmlElement;

/** Every static object template by its data id, in file order. Immutable. */
public final class StaticObjectTemplates {
    private final Map<Integer, StaticObjectTemplate> byId;

    public StaticObjectTemplates(Map<Integer, StaticObjectTemplate> byId) {
        this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    /** @param roots the validated files of {@code datapack/static-objects/}; an id given twice is an error */
    public static StaticObjectTemplates load(List<XmlElement> roots) {
        Map<Integer, StaticObjectTemplate> byId = new LinkedHashMap<>();
        for (XmlElement root : roots) {
            for (XmlElement s : root.children("static-object")) {
                StaticObjectTemplate t = new StaticObjectTemplate(
                        s.integer("id"),
                        s.string("name", ""),
                        s.integer("type"),
                        s.integer("x"),
                        s.integer("y"),
                        s.integer("z"),
                        s.string("texture", ""),
                        s.integer("map-x", 0),
                        s.integer("map-y", 0));
                if (byId.putIfAbsent(t.id(), t) != null) {
                    throw s.error("static object " + t.id() + " is already defined");
                }
            }
        }
        return new StaticObjectTemplates(byId);
    }

    public Optional<StaticObjectTemplate> get(int id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    public Collection<StaticObjectTemplate> all() {
        return byId.values();
    }
}
