package org.aden.tools.datapack.importer.mobius;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.aden.tools.datapack.importer.ImportContext;
import org.aden.tools.datapack.importer.Names;
import org.aden.tools.datapack.importer.Out;
import org.aden.tools.datapack.importer.PartConverter;
import org.aden.tools.datapack.importer.Source;

/** stats/armorsets: the pieces of each armour set and what wearing all of them gives. */
final class ArmourSetConverter implements PartConverter {
    private static final List<String> PIECES = List.of("chest", "legs", "head", "gloves", "feet", "shield");
    private static final List<String> STATS = List.of("str", "con", "dex", "int", "men", "wit");

    @Override
    public String part() {
        return "armour-sets";
    }

    @Override
    public void convert(ImportContext ctx) {
        for (Path file : ctx.sourceFiles("stats/armorsets")) {
            Source list = Source.parse(file);
            Out root = new Out("armour-sets");
            for (Source set : list.children("set")) {
                Out out = root.add("armour-set").attr("id", set.attr("id"));
                for (String piece : PIECES) {
                    List<Source> items = set.children(piece);
                    if (!items.isEmpty()) {
                        out.attr(piece, items.stream().map(i -> i.attr("id")).collect(Collectors.joining(" ")));
                    }
                }
                for (String stat : STATS) {
                    Source s = set.child(stat);
                    if (s != null) {
                        out.attr(stat, s.attr("val"));
                    }
                }
                skills(set, "skill", "full-set", out);
                skills(set, "shield_skill", "with-shield", out);
                skills(set, "enchant6skill", "enchanted-6", out);
            }
            ctx.write(part(), Names.fileStem(file.getFileName().toString()) + ".xml", root);
            ctx.report().count(part(), "sets", root.children().size());
            list.reportUnread(part(), ctx.report());
        }
    }

    private static void skills(Source set, String tag, String when, Out out) {
        for (Source s : set.children(tag)) {
            out.add("skill")
                    .attr("id", s.attr("id"))
                    .attr("level", s.attr("level"))
                    .attr("when", when, "full-set");
        }
    }
}
