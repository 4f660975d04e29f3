package org.aden.game.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aden.game.datapack.XmlElement;

/**
 * The checks beyond the schemas: every id one part names must be defined by another (an item in a drop list,
 * a skill and its level on an NPC, a class in a skill tree...), coordinates must lie in the world and shapes
 * must close. Parts are visited one by one as they are read; references are resolved at the end, so the order
 * of the parts does not matter and their trees can be dropped as soon as they are visited.
 */
public final class ReferenceCheck {
    /** The playable world of Interlude: map tiles 16..26 across, 10..25 down, 32768 units each. */
    static final int WORLD_MIN_X = (16 - 20) * 32768;

    static final int WORLD_MAX_X = (27 - 20) * 32768;
    static final int WORLD_MIN_Y = (10 - 18) * 32768;
    static final int WORLD_MAX_Y = (26 - 18) * 32768;

    enum Kind {
        ITEM("item"),
        NPC("NPC"),
        SKILL("skill"),
        CLASS("class");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private record Definition(int levels, String where) {}

    private record Reference(Kind kind, int id, int level, String where, String what) {}

    private final Path root;
    private final Map<Kind, Map<Integer, Definition>> defined = new HashMap<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<Integer, String> trainers = new HashMap<>(); // where each trainer is listed, across files

    public ReferenceCheck(Path root) {
        this.root = root;
        for (Kind k : Kind.values()) {
            defined.put(k, new HashMap<>());
        }
    }

    /** Visits the parsed files of one part. */
    public void visit(DatapackPart part, List<XmlElement> roots) {
        for (XmlElement r : roots) {
            switch (part) {
                case CLASSES -> classes(r);
                case EXPERIENCE -> experience(r);
                case ITEMS -> items(r);
                case SKILLS -> skills(r);
                case ARMOUR_SETS -> armourSets(r);
                case NPCS -> npcs(r);
                case SPAWNS -> spawns(r);
                case SKILL_TREES -> skillTrees(r);
                case CLASS_CHANGES -> classChanges(r);
                case TRAINERS -> trainers(r);
                case INITIAL_EQUIPMENT -> initialEquipment(r);
                case TELEPORTS -> r.children("teleport").forEach(t -> inWorld(t, "teleport target"));
                case BUYLISTS -> buylists(r);
                case MULTISELLS -> multisell(r);
                case ZONES -> zones(r);
                case MAP_REGIONS -> mapRegions(r);
                case DOORS -> r.children("door").forEach(d -> inWorld(d, "door"));
                case STATIC_OBJECTS -> r.children("static-object").forEach(s -> inWorld(s, "static object"));
                case CHARS -> {}
            }
        }
    }

    /** Every problem found: those met while visiting, then every reference to something never defined. */
    public List<String> problems() {
        List<String> all = new ArrayList<>(problems);
        for (Reference ref : references) {
            Definition d = defined.get(ref.kind).get(ref.id);
            if (d == null) {
                all.add(ref.where + ": " + ref.what + " names unknown " + ref.kind.label + " " + ref.id);
            } else if (ref.level > d.levels) {
                all.add(ref.where + ": " + ref.what + " names " + ref.kind.label + " " + ref.id + " level " + ref.level
                        + ", which has " + d.levels + " level(s)");
            }
        }
        return all;
    }

    /** Problems met while visiting so far (duplicates, shapes, coordinates), before references are resolved. */
    public int found() {
        return problems.size();
    }

    public boolean defines(Kind kind, int id) {
        return defined.get(kind).containsKey(id);
    }

    private void classes(XmlElement r) {
        for (XmlElement c : r.children("class")) {
            define(Kind.CLASS, c.integer("id"), 0, c);
            if (c.has("parent")) {
                refer(Kind.CLASS, c.integer("parent"), 0, c, "class " + c.integer("id") + " parent");
            }
        }
    }

    private void experience(XmlElement r) {
        long previous = -1;
        for (XmlElement l : r.children("level")) {
            long exp = l.longValue("exp", 0);
            if (exp <= previous) {
                problem(l, "level " + l.integer("level") + " needs more experience than the level before it");
            }
            previous = exp;
        }
    }

    private void items(XmlElement r) {
        for (XmlElement i : r.children()) {
            define(Kind.ITEM, i.integer("id"), 0, i);
            for (XmlElement s : i.children("skill")) {
                refer(Kind.SKILL, s.integer("id"), s.integer("level"), s, "item " + i.integer("id") + " skill");
            }
        }
    }

    private void skills(XmlElement r) {
        for (XmlElement s : r.children("skill")) {
            define(Kind.SKILL, s.integer("id"), s.integer("levels"), s);
            for (String attribute : List.of("item-consume-id", "item-id")) {
                String v = s.string(attribute, "");
                if (!v.isEmpty() && !v.startsWith("#") && !v.equals("0")) {
                    refer(Kind.ITEM, s.integer(attribute), 0, s, "skill " + s.integer("id") + " " + attribute);
                }
            }
        }
    }

    private void armourSets(XmlElement r) {
        for (XmlElement set : r.children("armour-set")) {
            for (String piece : List.of("chest", "legs", "head", "gloves", "feet", "shield")) {
                if (set.has(piece) && set.integer(piece) != 0) {
                    refer(Kind.ITEM, set.integer(piece), 0, set, "armour set " + piece);
                }
            }
            for (XmlElement s : set.children("skill")) {
                refer(Kind.SKILL, s.integer("id"), s.integer("level"), s, "armour set skill");
            }
        }
    }

    private void npcs(XmlElement r) {
        for (XmlElement n : r.children("npc")) {
            int id = n.integer("id");
            define(Kind.NPC, id, 0, n);
            for (XmlElement c : n.children()) {
                switch (c.name()) {
                    case "skill", "ai-skill" ->
                        refer(Kind.SKILL, c.integer("id"), c.integer("level"), c, "NPC " + id + " " + c.name());
                    case "minion" -> refer(Kind.NPC, c.integer("id"), 0, c, "NPC " + id + " minion");
                    case "drop", "spoil" -> {
                        for (XmlElement item : c.children("item")) {
                            refer(Kind.ITEM, item.integer("id"), 0, item, "NPC " + id + " " + c.name());
                        }
                    }
                    default -> {}
                }
            }
        }
    }

    private void spawns(XmlElement r) {
        for (XmlElement t : r.children("territory")) {
            closedPolygon(t, "territory " + t.string("name", ""));
            for (XmlElement n : t.children("npc")) {
                refer(Kind.NPC, n.integer("id"), 0, n, "territory spawn");
            }
        }
        for (XmlElement s : r.children("spawn")) {
            refer(Kind.NPC, s.integer("npc"), 0, s, "spawn");
            inWorld(s, "spawn");
        }
    }

    private void skillTrees(XmlElement r) {
        for (XmlElement tree : r.children("skill-tree")) {
            for (String attribute : List.of("class", "parent-class")) {
                if (tree.has(attribute)) {
                    refer(Kind.CLASS, tree.integer(attribute), 0, tree, "skill tree " + attribute);
                }
            }
            for (XmlElement s : tree.children("skill")) {
                refer(Kind.SKILL, s.integer("id"), s.integer("level"), s, "skill tree entry");
                for (XmlElement item : s.children("item")) {
                    refer(Kind.ITEM, item.integer("id"), 0, item, "skill tree required item");
                }
            }
        }
    }

    private void classChanges(XmlElement r) {
        for (XmlElement c : r.children("class-change")) {
            refer(Kind.CLASS, c.integer("class"), 0, c, "class change");
            for (String kind : List.of("proof", "reward")) {
                for (XmlElement item : c.children(kind)) {
                    refer(Kind.ITEM, item.integer("item"), 0, item, "class change " + kind);
                }
            }
        }
    }

    private void trainers(XmlElement r) {
        for (XmlElement t : r.children("trainer")) {
            int npc = t.integer("npc");
            String previous = trainers.putIfAbsent(npc, where(t));
            if (previous != null) {
                problem(t, "trainer " + npc + " is already listed at " + previous);
            }
            refer(Kind.NPC, npc, 0, t, "trainer");
            for (String id : t.string("classes", "").trim().split("\\s+")) {
                if (!id.isEmpty()) {
                    refer(Kind.CLASS, Integer.parseInt(id), 0, t, "trainer " + npc + " class");
                }
            }
        }
    }

    private void initialEquipment(XmlElement r) {
        for (XmlElement c : r.children("class")) {
            refer(Kind.CLASS, c.integer("id"), 0, c, "initial equipment");
            for (XmlElement item : c.children("item")) {
                refer(Kind.ITEM, item.integer("id"), 0, item, "initial equipment of class " + c.integer("id"));
            }
        }
    }

    private void buylists(XmlElement r) {
        for (XmlElement list : r.children("buylist")) {
            npcList(list, "buy list " + list.integer("id"));
            for (XmlElement item : list.children("item")) {
                refer(Kind.ITEM, item.integer("id"), 0, item, "buy list " + list.integer("id"));
            }
        }
    }

    private void multisell(XmlElement list) {
        String name = "multisell " + list.string("id", "");
        npcList(list, name);
        for (XmlElement entry : list.children("entry")) {
            for (XmlElement part : entry.children()) {
                // negative ids are currencies that are not items (clan reputation, PC café points)
                if (part.has("id") && part.integer("id") > 0) {
                    refer(Kind.ITEM, part.integer("id"), 0, part, name + " " + part.name());
                }
            }
        }
    }

    private void npcList(XmlElement e, String what) {
        for (String npc : e.string("npcs", "").trim().split("\\s+")) {
            if (!npc.isEmpty()) {
                try {
                    refer(Kind.NPC, Integer.parseInt(npc), 0, e, what + " npcs");
                } catch (NumberFormatException ex) {
                    problem(e, what + ": npcs holds \"" + npc + "\", not an NPC id");
                }
            }
        }
    }

    private void zones(XmlElement r) {
        for (XmlElement z : r.children("zone")) {
            String what = "zone " + z.string("name", z.string("id", ""));
            int nodes = z.children("node").size();
            switch (z.string("shape", "")) {
                case "cuboid" -> {
                    if (nodes != 2) {
                        problem(z, what + ": a cuboid needs 2 nodes (opposite corners), has " + nodes);
                    }
                }
                case "cylinder" -> {
                    if (nodes != 1 || !z.has("radius")) {
                        problem(z, what + ": a cylinder needs 1 node (its centre) and a radius");
                    }
                }
                default -> closedPolygon(z, what);
            }
            // a zone may reach past the map's edge (sea), but one wholly outside can never be entered
            List<XmlElement> nodeList = z.children("node");
            if (!nodeList.isEmpty() && nodeList.stream().noneMatch(ReferenceCheck::isInWorld)) {
                problem(
                        z,
                        what + " lies wholly outside the world (x " + WORLD_MIN_X + ".." + WORLD_MAX_X + ", y "
                                + WORLD_MIN_Y + ".." + WORLD_MAX_Y + ")");
            }
            for (XmlElement s : z.children("spawn")) {
                inWorld(s, what + " spawn");
            }
        }
    }

    private void mapRegions(XmlElement r) {
        for (XmlElement region : r.children("map-region")) {
            for (XmlElement c : region.children()) {
                if (c.name().contains("restart-point")) {
                    inWorld(c, "restart point of " + region.string("name", ""));
                }
            }
        }
    }

    private void closedPolygon(XmlElement e, String what) {
        int nodes = e.children("node").size();
        if (nodes < 3) {
            problem(e, what + ": a polygon needs at least 3 nodes to close, has " + nodes);
        }
    }

    private static boolean isInWorld(XmlElement e) {
        int x = e.integer("x");
        int y = e.integer("y");
        return x >= WORLD_MIN_X && x < WORLD_MAX_X && y >= WORLD_MIN_Y && y < WORLD_MAX_Y;
    }

    private void inWorld(XmlElement e, String what) {
        if (!e.has("x") || !e.has("y")) {
            return;
        }
        int x = e.integer("x");
        int y = e.integer("y");
        if (!isInWorld(e)) {
            problem(
                    e,
                    what + " at " + x + "," + y + " is outside the world (x " + WORLD_MIN_X + ".." + WORLD_MAX_X
                            + ", y " + WORLD_MIN_Y + ".." + WORLD_MAX_Y + ")");
        }
    }

    private void define(Kind kind, int id, int levels, XmlElement e) {
        Definition previous = defined.get(kind).putIfAbsent(id, new Definition(levels, where(e)));
        if (previous != null) {
            problem(e, kind.label + " " + id + " is already defined at " + previous.where);
        }
    }

    private void refer(Kind kind, int id, int level, XmlElement e, String what) {
        references.add(new Reference(kind, id, level, where(e), what));
    }

    private void problem(XmlElement e, String message) {
        problems.add(where(e) + ": " + message);
    }

    /** "npcs/20000-20999.xml:345", the place a host opens in an editor. */
    private String where(XmlElement e) {
        Path f = e.file();
        Path shown = f.startsWith(root) ? root.relativize(f) : f;
        return shown + ":" + e.line();
    }
}
