package org.aden.tools.datapack.importer.mobius;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aden.tools.datapack.importer.ImportContext;
import org.aden.tools.datapack.importer.Out;
import org.aden.tools.datapack.importer.PartConverter;
import org.aden.tools.datapack.importer.Source;

/** stats/chars/classList.xml: the class tree (every class and the class it is reached from). */
final class ClassConverter implements PartConverter {
    @Override
    public String part() {
        return "classes";
    }

    @Override
    public void convert(ImportContext ctx) {
        Path file = ctx.sourceFile("stats/chars/classList.xml");
        if (!Files.isRegularFile(file)) {
            return;
        }
        Source list = Source.parse(file);
        Out root = new Out("classes");
        for (Source c : list.children("class")) {
            root.add("class")
                    .attr("id", c.attr("classId"))
                    .attr("name", c.attr("name"))
                    .attr("parent", c.attr("parentClassId"));
        }
        ctx.write(part(), "classes.xml", root);
        ctx.report().count(part(), "classes", root.children().size());
        list.reportUnread(part(), ctx.report());
    }
}
