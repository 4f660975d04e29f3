package org.aden.tools.datapack.importer.mobius;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.aden.tools.datapack.importer.ImportContext;
import org.aden.tools.datapack.importer.Out;
import org.aden.tools.datapack.importer.PartConverter;
import org.aden.tools.datapack.importer.Source;

/** buylists: what each merchant sells (one source file per list, named by the list id). */
final class BuyListConverter implements PartConverter {
    /** Lists per output file: ids are npc id * 100 + n, so a block of 100000 is a block of 1000 npc ids. */
    private static final long BLOCK = 100_000;

    @Override
    public String part() {
        return "buylists";
    }

    @Override
    public void convert(ImportContext ctx) {
        Map<Long, Map<Long, Out>> files = new TreeMap<>();
        for (Path file : ctx.sourceFiles("buylists")) {
            String stem = file.getFileName().toString().replace(".xml", "");
            if (!stem.matches("\\d+")) {
                ctx.report().skipped(part(), file.getFileName().toString(), "file name is not a list id");
                continue;
            }
            long id = Long.parseLong(stem);
            Source list = Source.parse(file);
            Out out = new Out("buylist").attr("id", id);
            Source npcs = list.child("npcs");
            if (npcs != null) {
                out.attr("npcs", npcs.children("npc").stream().map(Source::text).collect(Collectors.joining(" ")));
            }
            int items = 0;
            for (Source i : list.children("item")) {
                out.add("item")
                        .attr("id", i.attr("id"))
                        .attr("price", i.attr("price"))
                        .attr("count", i.attr("count"))
                        .attr("restock-delay-min", i.attr("restock_delay"));
                items++;
            }
            files.computeIfAbsent(id / BLOCK * BLOCK, k -> new TreeMap<>()).put(id, out);
            ctx.report().count(part(), "lists", 1);
            ctx.report().count(part(), "items", items);
            list.reportUnread(part(), ctx.report());
        }
        files.forEach((block, lists) -> {
            Out root = new Out("buylists");
            lists.values().forEach(root::add);
            ctx.write(part(), String.format("%07d-%07d.xml", block, block + BLOCK - 1), root);
        });
    }
}
