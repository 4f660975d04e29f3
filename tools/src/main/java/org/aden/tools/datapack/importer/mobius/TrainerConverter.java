package org.aden.tools.datapack.importer.mobius;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aden.tools.datapack.importer.ImportContext;
import org.aden.tools.datapack.importer.Out;
import org.aden.tools.datapack.importer.PartConverter;
import org.aden.tools.datapack.importer.Source;

/** SkillLearn.xml: the classes each trainer teaches (a trainer opens its skill list to these classes only). */
final class TrainerConverter implements PartConverter {
    @Override
    public String part() {
        return "trainers";
    }

    @Override
    public void convert(ImportContext ctx) {
        Path file = ctx.sourceFile("SkillLearn.xml");
        if (!Files.isRegularFile(file)) {
            return;
        }
        Source list = Source.parse(file);
        Out root = new Out("trainers");
        for (Source npc : list.children("npc")) {
            String id = npc.attr("id");
            List<String> classes = new ArrayList<>();
            for (Source c : npc.children("classId")) {
                classes.add(c.text());
            }
            if (!ctx.ids("npcs").contains(Long.parseLong(id.trim()))) {
                ctx.report().skipped(part(), "npc " + id, "no such NPC template");
                continue;
            }
            root.add("trainer").attr("npc", id.trim()).attr("classes", String.join(" ", classes));
        }
        ctx.write(part(), "trainers.xml", root);
        ctx.report().count(part(), "trainers", root.children().size());
        list.reportUnread(part(), ctx.report());
    }
}
