package org.aden.tools.datapack.importer.mobius;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.aden.tools.datapack.importer.ImportContext;
import org.aden.tools.datapack.importer.Names;
import org.aden.tools.datapack.importer.Out;
import org.aden.tools.datapack.importer.PartConverter;
import org.aden.tools.datapack.importer.Source;
import org.aden.tools.datapack.importer.SqlInserts;
import org.aden.tools.datapack.importer.SqlInserts.Row;
import org.aden.tools.datapack.importer.WorldTiles;

/**
 * spawns (and the raid and grand boss spawns this Mobius datapack keeps in SQL): one file per map tile. A point
 * spawn is one line; a territory is a polygon with the NPCs that roam in it. Spawns of NPCs the import did not
 * write are skipped and reported.
 */
final class SpawnConverter implements PartConverter {
    private static final Comparator<Out> POINT_ORDER = Comparator.<Out>comparingLong(o -> num(o, "x"))
            .thenComparingLong(o -> num(o, "y"))
            .thenComparingLong(o -> num(o, "z"))
            .thenComparingLong(o -> num(o, "npc"));

    private final Map<String, List<Out>> territories = new TreeMap<>();
    private final Map<String, List<Out>> points = new TreeMap<>();

    @Override
    public String part() {
        return "spawns";
    }

    @Override
    public void convert(ImportContext ctx) {
        territories.clear();
        points.clear();
        for (Path file : ctx.sourceFiles("spawns")) {
            Source list = Source.parse(file);
            if ("false".equals(list.attr("enabled"))) {
                ctx.report().skipped(part(), file.getFileName().toString(), "disabled in the source");
                continue;
            }
            for (Source spawn : list.children("spawn")) {
                group(spawn, ctx);
            }
            list.reportUnread(part(), ctx.report());
        }
        raidBosses(ctx);
        grandBosses(ctx);
        Set<String> tiles = new java.util.TreeSet<>(territories.keySet());
        tiles.addAll(points.keySet());
        for (String tile : tiles) {
            Out root = new Out("spawns").attr("tile", tile);
            territories.getOrDefault(tile, List.of()).forEach(root::add);
            List<Out> p = new ArrayList<>(points.getOrDefault(tile, List.of()));
            p.sort(POINT_ORDER);
            p.forEach(root::add);
            ctx.write(part(), tile + ".xml", root);
        }
    }

    private void group(Source spawn, ImportContext ctx) {
        String name = spawn.attr("zone") != null ? spawn.attr("zone") : spawn.attr("name");
        Source territory = spawn.child("territory");
        Source ai = spawn.child("AIData");
        List<Source> npcs = spawn.children("npc");
        if (territory == null) {
            for (Source npc : npcs) {
                if (npc.has("x")) {
                    point(npc, ctx);
                } else {
                    ctx.report().skipped(part(), "npc " + npc.attr("id") + " in " + name, "no territory and no point");
                }
            }
            if (ai != null) {
                ctx.report().ignored(part(), "<AIData> of a point group", "only territories keep AI data");
                ai.consumeAll();
            }
            return;
        }
        Out t = new Out("territory")
                .attr("name", Names.kebab(name))
                .attr("min-z", territory.attr("minZ"))
                .attr("max-z", territory.attr("maxZ"));
        if (ai != null) {
            t.attr("flee-x", ai.childText("fleeX"))
                    .attr("flee-y", ai.childText("fleeY"))
                    .attr("flee-z", ai.childText("fleeZ"))
                    .attr("random-walk", "true".equals(ai.childText("disableRandomWalk")) ? "false" : null);
        }
        long minX = Long.MAX_VALUE;
        long maxX = Long.MIN_VALUE;
        long minY = Long.MAX_VALUE;
        long maxY = Long.MIN_VALUE;
        for (Source node : territory.children("node")) {
            long x = Long.parseLong(node.attr("x"));
            long y = Long.parseLong(node.attr("y"));
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
            t.add("node").attr("x", x).attr("y", y);
        }
        int kept = 0;
        for (Source npc : npcs) {
            if (!knownNpc(npc.attr("id"), ctx, name)) {
                npc.consumeAll();
                continue;
            }
            t.add("npc")
                    .attr("id", npc.attr("id"))
                    .attr("count", npc.attr("count"), "1")
                    .attr("respawn-sec", npc.attr("respawnDelay"))
                    .attr("respawn-random-sec", npc.attr("respawnRandom"))
                    .attr("chase-range", npc.attr("chaseRange"))
                    .attr("period", npc.attr("periodOfDay"));
            kept++;
        }
        if (kept == 0) {
            return;
        }
        String tile = WorldTiles.name((minX + maxX) / 2, (minY + maxY) / 2);
        territories.computeIfAbsent(tile, k -> new ArrayList<>()).add(t);
        ctx.report().count(part(), "territories", 1);
        ctx.report().count(part(), "territory npcs", kept);
    }

    private void point(Source npc, ImportContext ctx) {
        String id = npc.attr("id");
        if (!knownNpc(id, ctx, "point spawn")) {
            npc.consumeAll();
            return;
        }
        Out p = new Out("spawn")
                .attr("npc", id)
                .attr("x", npc.attr("x"))
                .attr("y", npc.attr("y"))
                .attr("z", npc.attr("z"))
                .attr("heading", heading(npc.attr("heading")), "0")
                .attr("respawn-sec", npc.attr("respawnDelay"))
                .attr("respawn-random-sec", npc.attr("respawnRandom"))
                .attr("chase-range", npc.attr("chaseRange"))
                .attr("period", npc.attr("periodOfDay"));
        addPoint(p);
        ctx.report().count(part(), "points", 1);
    }

    private void addPoint(Out p) {
        String tile = WorldTiles.name(num(p, "x"), num(p, "y"));
        points.computeIfAbsent(tile, k -> new ArrayList<>()).add(p);
    }

    /** raidboss_spawnlist.sql, then z05 (re-adds bosses) and z15 (removes those not in Interlude). */
    private void raidBosses(ImportContext ctx) {
        Map<String, Row> byBoss = new TreeMap<>();
        for (String name :
                List.of("raidboss_spawnlist.sql", "z05_raidboss_spawnlist.sql", "z15_raidboss_interlude.sql")) {
            Path file = ctx.sqlFile(name);
            if (file == null) {
                continue;
            }
            SqlInserts.deletedKeys(file, "raidboss_spawnlist").forEach(byBoss::remove);
            for (Row r : SqlInserts.rows(file, "raidboss_spawnlist")) {
                byBoss.put(r.get("boss_id", 0), r);
            }
        }
        byBoss.forEach((boss, r) -> bossPoint(boss, r, "raid", ctx));
    }

    private void grandBosses(ImportContext ctx) {
        Map<String, Row> byBoss = new TreeMap<>();
        for (String name : List.of("grandboss_data.sql", "z15_raidboss_interlude.sql")) {
            Path file = ctx.sqlFile(name);
            if (file == null) {
                continue;
            }
            SqlInserts.deletedKeys(file, "grandboss_data").forEach(byBoss::remove);
            for (Row r : SqlInserts.rows(file, "grandboss_data")) {
                byBoss.put(r.get("boss_id", 0), r);
            }
        }
        byBoss.forEach((boss, r) -> bossPoint(boss, r, "grand", ctx));
    }

    private void bossPoint(String boss, Row r, String kind, ImportContext ctx) {
        if (!knownNpc(boss, ctx, kind + " boss spawn")) {
            return;
        }
        Out p = new Out("spawn")
                .attr("npc", boss)
                .attr("x", r.get("loc_x", 1))
                .attr("y", r.get("loc_y", 2))
                .attr("z", r.get("loc_z", 3))
                .attr("heading", heading(r.get("heading", 4)), "0")
                .attr("respawn-sec", r.values().get("respawn_delay"))
                .attr("respawn-random-sec", r.values().get("respawn_random"))
                .attr("boss", kind);
        addPoint(p);
        ctx.report().count(part(), kind + " bosses", 1);
    }

    private final Set<String> reportedUnknown = new HashSet<>();

    private boolean knownNpc(String id, ImportContext ctx, String where) {
        if (ctx.ids("npcs").contains(Long.parseLong(id))) {
            return true;
        }
        if (reportedUnknown.add(id + where)) {
            ctx.report().skipped(part(), "npc " + id + " (" + where + ")", "no such NPC template");
        }
        return false;
    }

    /** Headings are a 16-bit angle; the source has some outside 0-65535 that mean the same angle. */
    static String heading(String value) {
        return value == null ? null : Integer.toString(Math.floorMod(Integer.parseInt(value.trim()), 65536));
    }

    private static long num(Out o, String attr) {
        return Long.parseLong(o.attr(attr));
    }
}
