package org.aden.game.spawn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aden.game.datapack.XmlDatapack;
import org.aden.game.datapack.XmlElement;
import org.aden.game.npc.NpcTemplates;

/**
 * Loads {@code datapack/spawns/*.xml} validated against {@code schema/spawns.xsd}, and checks that every spawn and
 * territory NPC names a known template (the error names the file and line).
 */
public final class SpawnTableLoader {
    private SpawnTableLoader() {}

    public static SpawnTable load(XmlDatapack datapack, NpcTemplates npcs) {
        // files are parsed and validated in parallel, then read in file order (errors and results stay deterministic)
        return load(
                datapack.files("spawns").parallelStream()
                        .map(f -> datapack.read(f, "spawns.xsd"))
                        .toList(),
                npcs);
    }

    /** @param roots the parsed and validated files, in file order */
    public static SpawnTable load(List<XmlElement> roots, NpcTemplates npcs) {
        List<SpawnPoint> points = new ArrayList<>();
        List<Territory> territories = new ArrayList<>();
        for (XmlElement root : roots) {
            Path file = root.file();
            for (XmlElement t : root.children("territory")) {
                List<XmlElement> nodes = t.children("node");
                int[] xs = new int[nodes.size()];
                int[] ys = new int[nodes.size()];
                for (int i = 0; i < xs.length; i++) {
                    xs[i] = nodes.get(i).integer("x");
                    ys[i] = nodes.get(i).integer("y");
                }
                List<Territory.Member> members = new ArrayList<>();
                for (XmlElement n : t.children("npc")) {
                    members.add(new Territory.Member(
                            known(n, n.integer("id"), npcs),
                            n.integer("count", 1),
                            n.integer("respawn-sec", 0),
                            n.integer("respawn-random-sec", 0),
                            n.line()));
                }
                territories.add(new Territory(
                        t.string("name", ""), xs, ys, t.integer("min-z"), t.integer("max-z"), members, file, t.line()));
            }
            for (XmlElement s : root.children("spawn")) {
                int npc = known(s, s.integer("npc"), npcs);
                points.add(new SpawnPoint(
                        npc,
                        s.integer("x"),
                        s.integer("y"),
                        s.integer("z"),
                        s.integer("heading", 0),
                        s.integer("respawn-sec", 0),
                        s.integer("respawn-random-sec", 0),
                        s.string("boss", null),
                        file,
                        s.line()));
            }
        }
        return new SpawnTable(points, territories);
    }

    private static int known(XmlElement e, int npcId, NpcTemplates npcs) {
        if (!npcs.contains(npcId)) {
            throw e.error("unknown NPC " + npcId);
        }
        return npcId;
    }
}
