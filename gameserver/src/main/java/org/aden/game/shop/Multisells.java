package org.aden.game.shop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.aden.game.datapack.XmlElement;

/** Every multisell list by id. Immutable. */
public final class Multisells {
    private final Map<Integer, Multisell> byId;

    public Multisells(Map<Integer, Multisell> byId) {
        this.byId = Map.copyOf(byId);
    }

    /** @param roots one validated, cross-checked file per list (datapack/multisells/ID.xml) */
    public static Multisells load(List<XmlElement> roots) {
        Map<Integer, Multisell> byId = new TreeMap<>();
        for (XmlElement root : roots) {
            Set<Integer> npcs = new HashSet<>();
            for (String s : root.string("npcs", "").trim().split("\\s+")) {
                if (!s.isEmpty()) {
                    npcs.add(Integer.parseInt(s));
                }
            }
            List<Multisell.Entry> entries = new ArrayList<>();
            for (XmlElement e : root.children("entry")) {
                entries.add(new Multisell.Entry(stacks(e.children("ingredient")), stacks(e.children("product"))));
            }
            int id = root.integer("id");
            byId.put(
                    id,
                    new Multisell(
                            id,
                            npcs,
                            Boolean.parseBoolean(root.string("apply-taxes", "false")),
                            Boolean.parseBoolean(root.string("keep-enchant", "false")),
                            entries));
        }
        return new Multisells(byId);
    }

    private static List<Multisell.Stack> stacks(List<XmlElement> elements) {
        List<Multisell.Stack> out = new ArrayList<>(elements.size());
        for (XmlElement s : elements) {
            out.add(new Multisell.Stack(
                    s.has("id") ? s.integer("id") : 0,
                    s.has("special") ? s.string("special", null) : null,
                    s.longValue("count", 1)));
        }
        return out;
    }

    public Multisell get(int id) {
        return byId.get(id);
    }

    public int size() {
        return byId.size();
    }
}
