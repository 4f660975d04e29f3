package org.aden.tools.datapack.importer.mobius;

import java.nio.file.Files;
import java.nio.file.Path;
import org.aden.tools.datapack.importer.ImportContext;
import org.aden.tools.datapack.importer.Out;
import org.aden.tools.datapack.importer.PartConverter;
import org.aden.tools.datapack.importer.Source;

/** stats/experience.xml: the experience a character needs to reach each level. */
final class ExperienceConverter implements PartConverter {
    @Override
    public String part() {
        return "experience";
    }

    @Override
    public void convert(ImportContext ctx) {
        Path file = ctx.sourceFile("stats/experience.xml");
        if (!Files.isRegularFile(file)) {
            return;
        }
        Source table = Source.parse(file);
        Out root = new Out("experience")
                .attr("max-level", table.attr("maxLevel"))
                .attr("max-pet-level", table.attr("maxPetLevel"));
        for (Source e : table.children("experience")) {
            root.add("level").attr("level", e.attr("level")).attr("exp", e.attr("tolevel"));
        }
        ctx.write(part(), "experience.xml", root);
        ctx.report().count(part(), "levels", root.children().size());
        table.reportUnread(part(), ctx.report());
    }
}
