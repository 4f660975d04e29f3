package org.aden.game.teleport;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aden.game.datapack.XmlElement;

/** Every teleport destination by id. Immutable. */
public final class Destinations {
    private final Map<Integer, Destination> byId;

    public Destinations(Map<Integer, Destination> byId) {
        this.byId = Map.copyOf(byId);
    }

    /** @param roots the parsed and validated files of datapack/teleports */
    public static Destinations load(List<XmlElement> roots) {
        Map<Integer, Destination> byId = new TreeMap<>();
        for (XmlElement root : roots) {
            for (XmlElement e : root.children("teleport")) {
                Destination d = new Destination(
                        e.integer("id"),
                        e.string("name", ""),
                        e.integer("x"),
                        e.integer("y"),
                        e.integer("z"),
                        e.longValue("price", 0),
                        e.integer("item", 57),
                        "true".equals(e.string("noble", "false").trim()));
                byId.put(d.id(), d);
            }
        }
        return new Destinations(byId);
    }

    public Destination get(int id) {
        return byId.get(id);
    }

    /** Destinations whose name starts with the prefix, in id order. */
    public List<Destination> withPrefix(String prefix) {
        return byId.values().stream()
                .filter(d -> d.name().startsWith(prefix))
                .sorted(java.util.Comparator.comparingInt(Destination::id))
                .toList();
    }

    public int size() {
        return byId.size();
    }
}
