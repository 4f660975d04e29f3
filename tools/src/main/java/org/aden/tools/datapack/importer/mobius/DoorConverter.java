package org.aden.tools.datapack.importer.mobius;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.aden.tools.datapack.importer.ImportContext;
import org.aden.tools.datapack.importer.Out;
import org.aden.tools.datapack.importer.PartConverter;
import org.aden.tools.datapack.importer.Source;

/** Doors.xml: every door and wall, its position, outline, strength and how it opens. */
final class DoorConverter implements PartConverter {
    @Override
    public String part() {
        return "doors";
    }

    @Override
    public void convert(ImportContext ctx) {
        Path file = ctx.sourceFile("Doors.xml");
        if (!Files.isRegularFile(file)) {
            return;
        }
        Source list = Source.parse(file);
        List<Out> doors = new ArrayList<>();
        for (Source d : list.children("door")) {
            doors.add(door(d));
        }
        doors.sort(Comparator.comparingLong(o -> Long.parseLong(o.attr("id"))));
        Out root = new Out("doors");
        doors.forEach(root::add);
        ctx.write(part(), "doors.xml", root);
        ctx.report().count(part(), "doors", doors.size());
        list.reportUnread(part(), ctx.report());
    }

    private static Out door(Source d) {
        String[] pos = d.attr("pos").split(";");
        StringBuilder nodes = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            String n = d.attr("node" + i);
            if (n != null) {
                nodes.append(nodes.isEmpty() ? "" : " ").append(n.replace(" ", ""));
            }
        }
        return new Out("door")
                .attr("id", d.attr("id"))
                .attr("name", d.attr("name"))
                .attr("x", pos[0].trim())
                .attr("y", pos[1].trim())
                .attr("z", pos[2].trim())
                .attr("outline", nodes.toString())
                .attr("outline-z", d.attr("nodeZ"))
                .attr("height", d.attr("height"))
                .attr("hp", d.attr("baseHpMax"))
                .attr("p-def", d.attr("basePDef"))
                .attr("m-def", d.attr("baseMDef"))
                .attr("level", d.attr("level"))
                .attr("open", "open".equalsIgnoreCase(d.attr("default_status")) ? "true" : null)
                .attr("open-method", d.attr("open_method"), "0")
                .attr("open-time-sec", d.attr("open_time"))
                .attr("close-time-sec", d.attr("close_time"))
                .attr("random-time-sec", d.attr("random_time"))
                .attr("show-hp", d.attr("hp_showable"), "true")
                .attr("targetable", d.attr("targetable"), "true")
                .attr("wall", d.attr("is_wall"), "false")
                .attr("clan-hall", d.attr("clanhall_id"))
                .attr("group", d.attr("group"))
                .attr("child-door", d.attr("child_id_event"))
                .attr("on-master-open", d.attr("master_open_event"))
                .attr("on-master-close", d.attr("master_close_event"));
    }
}
