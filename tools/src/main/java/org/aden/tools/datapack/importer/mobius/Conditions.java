package org.aden.tools.datapack.importer.mobius;

import java.util.Set;
import org.aden.tools.datapack.importer.ImportReport;
import org.aden.tools.datapack.importer.Names;
import org.aden.tools.datapack.importer.Out;
import org.aden.tools.datapack.importer.Source;

/**
 * Condition trees (who may use an item or skill, when a stat bonus applies): and / or / not around leaves that test
 * the player, the target, the equipped weapon or the game time. Names and values become kebab-case; which tests
 * exist is the engine's business, so the loader checks the names, not the schema.
 */
final class Conditions {
    static final Set<String> TAGS = Set.of("and", "or", "not", "player", "target", "using", "game");

    private Conditions() {}

    /** {@code <cond msgId addName>} → {@code <condition message add-name>} with the tree inside. */
    static Out condition(Source cond, String part, ImportReport report) {
        Out out = new Out("condition")
                .attr("message", cond.attr("msgId"))
                .attr("add-name", "1".equals(cond.attr("addName")) ? "true" : null);
        for (Source c : cond.children()) {
            Out node = node(c, part, report);
            if (node != null) {
                out.add(node);
            }
        }
        return out;
    }

    /** One node of a condition tree, or null (reported) when it is not a condition element. */
    static Out node(Source s, String part, ImportReport report) {
        if (!TAGS.contains(s.name())) {
            report.notMapped(part, "<" + s.path() + "> (unknown condition)");
            s.consumeAll();
            return null;
        }
        Out out = new Out(s.name());
        s.consumeAll();
        attributes(s, out);
        for (Source c : s.children()) {
            Out node = node(c, part, report);
            if (node != null) {
                out.add(node);
            }
        }
        return out;
    }

    private static void attributes(Source s, Out out) {
        org.w3c.dom.NamedNodeMap attrs = s.rawAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            String name = attrs.item(i).getNodeName();
            String value = attrs.item(i).getNodeValue();
            out.attr(Names.kebab(name), value.contains(",") ? Names.list(value) : Names.value(value));
        }
    }

    static boolean isCondition(Source s) {
        return TAGS.contains(s.name());
    }
}
