package org.aden.tools.datapack.importer.mobius;

import java.nio.file.Path;
import java.util.List;
import org.aden.tools.datapack.importer.ImportContext;
import org.aden.tools.datapack.importer.ImportReport;
import org.aden.tools.datapack.importer.Names;
import org.aden.tools.datapack.importer.Out;
import org.aden.tools.datapack.importer.PartConverter;
import org.aden.tools.datapack.importer.Source;

/** skillTrees: what each class (and clans, fishermen, heroes, nobles, GMs) can learn, at which level, for what. */
final class SkillTreeConverter implements PartConverter {
    @Override
    public String part() {
        return "skill-trees";
    }

    @Override
    public void convert(ImportContext ctx) {
        for (Path file : ctx.sourceFiles("skillTrees")) {
            Source list = Source.parse(file);
            Out root = new Out("skill-trees");
            for (Source tree : list.children("skillTree")) {
                root.add(tree(tree, ctx.report()));
            }
            ctx.write(part(), Names.fileStem(file.getFileName().toString()) + ".xml", root);
            list.reportUnread(part(), ctx.report());
        }
    }

    private Out tree(Source tree, ImportReport report) {
        String type = Names.kebab(tree.attr("type").replaceFirst("SkillTree$", ""));
        Out out = new Out("skill-tree")
                .attr("type", type)
                .attr("class", tree.attr("classId"))
                .attr("parent-class", tree.attr("parentClassId"));
        for (Source s : tree.children("skill")) {
            s.skip("skillName");
            report.ignored(part(), "<skill> @skillName", "the skill's own data names it");
            Out skill = out.add("skill")
                    .attr("id", s.attr("skillId"))
                    .attr("level", s.attr("skillLevel"))
                    .attr("min-level", s.attr("getLevel"))
                    .attr("sp", s.attr("levelUpSp"), "0")
                    .attr("learned-by-npc", s.attr("learnedByNpc", "false"), "true")
                    .attr("auto-get", s.attr("autoGet"), "false");
            List<String> races =
                    s.children("race").stream().map(r -> Names.value(r.text())).toList();
            List<String> social = s.children("socialClass").stream()
                    .map(r -> Names.value(r.text()))
                    .toList();
            skill.attr("races", races.isEmpty() ? null : String.join(" ", races))
                    .attr("social-class", social.isEmpty() ? null : String.join(" ", social));
            for (Source item : s.children("item")) {
                skill.add("item").attr("id", item.attr("id")).attr("count", item.attr("count"), "1");
            }
            report.count(part(), "entries", 1);
        }
        report.count(part(), type + " trees", 1);
        return out;
    }
}
