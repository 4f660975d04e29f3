package org.aden.tools.datapack.importer.mobius;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.aden.tools.datapack.importer.ImportContext;
import org.aden.tools.datapack.importer.Out;
import org.aden.tools.datapack.importer.PartConverter;
import org.aden.tools.datapack.importer.SqlInserts;
import org.aden.tools.datapack.importer.SqlInserts.Row;
import org.aden.tools.datapack.importer.WorldTiles;

/**
 * Teleport destinations with their price. This Mobius datapack keeps them in its SQL installer (teleport.sql, then
 * z04_teleports.sql replacing some), keyed by the id gatekeepers' dialogs ask for.
 */
final class TeleportConverter implements PartConverter {
    @Override
    public String part() {
        return "teleports";
    }

    @Override
    public void convert(ImportContext ctx) {
        Map<Long, Out> byId = new TreeMap<>();
        for (String name : List.of("teleport.sql", "z04_teleports.sql")) {
            Path file = ctx.sqlFile(name);
            if (file == null) {
                continue;
            }
            Set<String> deleted = new HashSet<>(SqlInserts.deletedKeys(file, "teleport"));
            deleted.forEach(id -> byId.remove(Long.parseLong(id)));
            for (Row r : SqlInserts.rows(file, "teleport")) {
                long id = Long.parseLong(r.get("id", 1));
                if (!WorldTiles.inWorld(Long.parseLong(r.get("loc_x", 2)), Long.parseLong(r.get("loc_y", 3)))) {
                    ctx.report().skipped(part(), "teleport " + id, "its target lies outside the world");
                    byId.remove(id);
                    continue;
                }
                byId.put(
                        id,
                        new Out("teleport")
                                .attr("id", id)
                                .attr("name", r.get("Description", 0))
                                .attr("x", r.get("loc_x", 2))
                                .attr("y", r.get("loc_y", 3))
                                .attr("z", r.get("loc_z", 4))
                                .attr("price", r.get("price", 5), "0")
                                .attr("item", r.get("itemId", 7), "57")
                                .attr("noble", "1".equals(r.get("fornoble", 6)) ? "true" : null));
            }
        }
        if (byId.isEmpty()) {
            return;
        }
        Out root = new Out("teleports");
        byId.values().forEach(root::add);
        ctx.write(part(), "teleports.xml", root);
        ctx.report().count(part(), "destinations", byId.size());
    }
}
