package org.aden.tools.datapack.importer.mobius;

import java.nio.file.Path;
import org.aden.tools.datapack.importer.ImportContext;
import org.aden.tools.datapack.importer.Names;
import org.aden.tools.datapack.importer.Out;
import org.aden.tools.datapack.importer.PartConverter;
import org.aden.tools.datapack.importer.Source;

/** mapregion: which town each map tile belongs to, and where players of that town restart. */
final class MapRegionConverter implements PartConverter {
    @Override
    public String part() {
        return "map-regions";
    }

    @Override
    public void convert(ImportContext ctx) {
        for (Path file : ctx.sourceFiles("mapregion")) {
            Source list = Source.parse(file);
            list.skip("enabled");
            Out root = new Out("map-regions");
            for (Source r : list.children("region")) {
                Out region = root.add("map-region")
                        .attr("name", r.attr("name"))
                        .attr("town", r.attr("town"))
                        .attr("castle", r.attr("castle"))
                        .attr("loc-id", r.attr("locId"))
                        .attr("bbs", r.attr("bbs"));
                for (Source m : r.children("map")) {
                    region.add("tile").attr("x", m.attr("X")).attr("y", m.attr("Y"));
                }
                for (Source p : r.children("respawnPoint")) {
                    region.add("restart-point")
                            .attr("x", p.attr("X"))
                            .attr("y", p.attr("Y"))
                            .attr("z", p.attr("Z"))
                            .attr("chaotic", p.attr("isChaotic"), "false");
                }
                for (Source b : r.children("banned")) {
                    region.add("banned-race")
                            .attr("race", Names.value(b.attr("race")))
                            .attr("region", b.attr("point"));
                }
                ctx.report().count(part(), "regions", 1);
            }
            ctx.write(part(), Names.fileStem(file.getFileName().toString()) + ".xml", root);
            list.reportUnread(part(), ctx.report());
        }
    }
}
