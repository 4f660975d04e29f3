package org.aden.tools.datapack.importer.mobius;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aden.tools.datapack.importer.ImportContext;
import org.aden.tools.datapack.importer.Out;
import org.aden.tools.datapack.importer.PartConverter;
import org.aden.tools.datapack.importer.Source;

/** stats/initialEquipment.xml: the items a new character of each base class receives. */
final class InitialEquipmentConverter implements PartConverter {
    @Override
    public String part() {
        return "initial-equipment";
    }

    @Override
    public void convert(ImportContext ctx) {
        Path file = ctx.sourceFile("stats/initialEquipment.xml");
        if (!Files.isRegularFile(file)) {
            return;
        }
        Source list = Source.parse(file);
        Out root = new Out("initial-equipment");
        int items = 0;
        for (Source e : list.children("equipment")) {
            Out cls = root.add("class").attr("id", e.attr("classId"));
            for (Source i : e.children("item")) {
                cls.add("item")
                        .attr("id", i.attr("id"))
                        .attr("count", i.attr("count"), "1")
                        .attr("equipped", i.attr("equipped"), "false");
                items++;
            }
        }
        ctx.write(part(), "initial-equipment.xml", root);
        ctx.report().count(part(), "classes", root.children().size());
        ctx.report().count(part(), "items", items);
        list.reportUnread(part(), ctx.report());
    }
}
