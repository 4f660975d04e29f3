package org.aden.tools.datapack.importer.mobius;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.aden.tools.datapack.importer.ImportContext;
import org.aden.tools.datapack.importer.Out;
import org.aden.tools.datapack.importer.PartConverter;
import org.aden.tools.datapack.importer.Source;

/** multisell: exchange lists (ingredients for products), one file per list named by its id. */
final class MultisellConverter implements PartConverter {
    /** The source's negative ids for what is not an item. */
    private static final Map<String, String> SPECIAL =
            Map.of("-100", "pc-cafe-points", "-200", "clan-reputation", "-300", "fame");

    @Override
    public String part() {
        return "multisells";
    }

    @Override
    public void convert(ImportContext ctx) {
        for (Path file : ctx.sourceFiles("multisell")) {
            String relative = ctx.sourceFile("multisell").relativize(file).toString();
            String stem = file.getFileName().toString().replace(".xml", "");
            if (relative.startsWith("custom")) {
                ctx.report().skipped(part(), relative, "custom list, not Interlude");
                continue;
            }
            if (!stem.matches("\\d+")) {
                ctx.report().skipped(part(), relative, "file name is not a list id");
                continue;
            }
            Source list = Source.parse(file);
            long id = Long.parseLong(stem);
            Out root = new Out("multisell")
                    .attr("id", id)
                    .attr("apply-taxes", list.attr("applyTaxes"), "false")
                    .attr("keep-enchant", list.attr("maintainEnchantment"), "false");
            Source npcs = list.child("npcs");
            if (npcs != null) {
                root.attr(
                        "npcs", npcs.children("npc").stream().map(Source::text).collect(Collectors.joining(" ")));
            }
            for (Source item : list.children("item")) {
                Out entry = new Out("entry");
                boolean ok = true;
                for (Source i : item.children("ingredient")) {
                    Out stack = stack("ingredient", i.attr("id"), id, ctx);
                    ok &= stack != null;
                    if (stack == null) {
                        i.consumeAll();
                    } else {
                        entry.add(stack.attr("count", i.attr("count"))
                                .attr("keep-enchant", i.attr("maintainIngredient"), "false"));
                    }
                }
                for (Source p : item.children("production")) {
                    Out stack = stack("product", p.attr("id"), id, ctx);
                    ok &= stack != null;
                    if (stack == null) {
                        p.consumeAll();
                    } else {
                        entry.add(stack.attr("count", p.attr("count")));
                    }
                }
                if (ok) {
                    root.add(entry);
                }
            }
            ctx.write(part(), id + ".xml", root);
            ctx.report().count(part(), "lists", 1);
            ctx.report().count(part(), "entries", root.children().size());
            list.reportUnread(part(), ctx.report());
        }
    }

    /** An item stack, or a special currency (clan reputation, fame) where the source uses a negative id. */
    private Out stack(String element, String itemId, long list, ImportContext ctx) {
        if (!itemId.trim().startsWith("-")) {
            return new Out(element).attr("id", itemId);
        }
        String special = SPECIAL.get(itemId.trim());
        if (special == null) {
            ctx.report().skipped(part(), "list " + list + " entry with id " + itemId, "unknown special id");
            return null;
        }
        return new Out(element).attr("special", special);
    }
}
