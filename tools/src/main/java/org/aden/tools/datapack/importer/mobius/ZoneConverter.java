package org.aden.tools.datapack.importer.mobius;

import java.nio.file.Path;
import java.util.Map;
import org.aden.tools.datapack.importer.ImportContext;
import org.aden.tools.datapack.importer.Names;
import org.aden.tools.datapack.importer.Out;
import org.aden.tools.datapack.importer.PartConverter;
import org.aden.tools.datapack.importer.Source;
import org.aden.tools.datapack.importer.WorldTiles;

/**
 * zones: towns, peace, PvP, water, siege, no-landing, damage... Each zone is a shape (polygon, cuboid or cylinder)
 * between two heights, with the parameters its type uses and, for some, points players are moved to.
 */
final class ZoneConverter implements PartConverter {
    private static final Map<String, String> SHAPES =
            Map.of("NPoly", "polygon", "Cuboid", "cuboid", "Cylinder", "cylinder");

    @Override
    public String part() {
        return "zones";
    }

    @Override
    public void convert(ImportContext ctx) {
        for (Path file : ctx.sourceFiles("zones")) {
            Source list = Source.parse(file);
            String fileName = file.getFileName().toString();
            if ("false".equals(list.attr("enabled"))) {
                ctx.report().skipped(part(), fileName, "disabled in the source");
                list.consumeAll();
                continue;
            }
            Out root = new Out("zones");
            for (Source z : list.children("zone")) {
                Out zone = zone(z, ctx);
                if (outsideTheWorld(zone)) {
                    ctx.report()
                            .skipped(
                                    part(),
                                    "zone " + zone.attr("name"),
                                    "outside the Interlude world (a later chronicle's land)");
                } else {
                    root.add(zone);
                    ctx.report().count(part(), "zones", 1);
                }
            }
            if (!root.children().isEmpty()) {
                ctx.write(part(), Names.fileStem(fileName) + ".xml", root);
            }
            list.reportUnread(part(), ctx.report());
        }
    }

    private static boolean outsideTheWorld(Out zone) {
        return zone.children().stream()
                .filter(c -> c.name().equals("node"))
                .noneMatch(n -> WorldTiles.inWorld(Long.parseLong(n.attr("x")), Long.parseLong(n.attr("y"))));
    }

    private Out zone(Source z, ImportContext ctx) {
        String type = z.attr("type");
        String shape = z.attr("shape");
        Out out = new Out("zone")
                .attr("name", z.attr("name"))
                .attr("id", z.attr("id"))
                .attr("type", Names.kebab(type.replaceFirst("Zone$", "")))
                .attr("shape", SHAPES.getOrDefault(shape, Names.kebab(shape)))
                .attr("min-z", z.attr("minZ"))
                .attr("max-z", z.attr("maxZ"))
                .attr("radius", z.attr("rad"));
        for (Source n : z.children("node")) {
            out.add("node").attr("x", n.attr("X")).attr("y", n.attr("Y"));
        }
        for (Source s : z.children("stat")) {
            out.add("param").attr("name", Names.kebab(s.attr("name"))).attr("value", s.attr("val"));
        }
        for (Source s : z.children("spawn")) {
            out.add("spawn")
                    .attr("x", s.attr("X"))
                    .attr("y", s.attr("Y"))
                    .attr("z", s.attr("Z"))
                    .attr("type", Names.value(s.attr("type")));
        }
        for (Source r : z.children("race")) {
            out.add("race").attr("race", Names.value(r.attr("name"))).attr("region", r.attr("point"));
        }
        return out;
    }
}
