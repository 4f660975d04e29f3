package org.aden.tools.datapack.importer.mobius;

import java.util.Set;
import java.util.function.UnaryOperator;
import org.aden.tools.datapack.importer.ImportReport;
import org.aden.tools.datapack.importer.Names;
import org.aden.tools.datapack.importer.Numbers;
import org.aden.tools.datapack.importer.Out;
import org.aden.tools.datapack.importer.Source;

/**
 * Stat operations an item or an effect applies: {@code <set|add|sub|mul|div|enchant stat=".." value=".."/>}, with an
 * optional evaluation order and an optional condition inside.
 */
final class StatOps {
    static final Set<String> OPS = Set.of("set", "add", "sub", "mul", "div", "enchant", "share", "basemul");

    private StatOps() {}

    static boolean isStatOp(Source s) {
        return OPS.contains(s.name());
    }

    /** Converts one operation; {@code values} maps table references in the value ("#power"). */
    static Out convert(Source op, UnaryOperator<String> values, String part, ImportReport report) {
        String value = op.attr("val");
        Out out = new Out(Names.kebab(op.name()))
                .attr("stat", Names.kebab(op.attr("stat")))
                .attr("value", value != null && value.startsWith("#") ? values.apply(value) : Numbers.normalize(value))
                .attr("order", op.attr("order"));
        for (Source c : op.children()) {
            Out cond = Conditions.node(c, part, report);
            if (cond != null) {
                out.add(cond);
            }
        }
        return out;
    }
}
