package org.aden.tools.datapack.importer.mobius;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aden.tools.datapack.importer.ImportContext;
import org.aden.tools.datapack.importer.Out;
import org.aden.tools.datapack.importer.PartConverter;
import org.aden.tools.datapack.importer.Source;

/** StaticObjects.xml: town maps, signposts and thrones players can click. */
final class StaticObjectConverter implements PartConverter {
    @Override
    public String part() {
        return "static-objects";
    }

    @Override
    public void convert(ImportContext ctx) {
        Path file = ctx.sourceFile("StaticObjects.xml");
        if (!Files.isRegularFile(file)) {
            return;
        }
        Source list = Source.parse(file);
        Out root = new Out("static-objects");
        for (Source o : list.children("object")) {
            root.add("static-object")
                    .attr("id", o.attr("id"))
                    .attr("name", o.attr("name"))
                    .attr("type", o.attr("type"))
                    .attr("x", o.attr("x"))
                    .attr("y", o.attr("y"))
                    .attr("z", o.attr("z"))
                    .attr("texture", o.attr("texture"))
                    .attr("map-x", o.attr("map_x"))
                    .attr("map-y", o.attr("map_y"));
        }
        ctx.write(part(), "static-objects.xml", root);
        ctx.report().count(part(), "objects", root.children().size());
        list.reportUnread(part(), ctx.report());
    }
}
