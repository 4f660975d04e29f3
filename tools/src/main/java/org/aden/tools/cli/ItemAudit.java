package org.aden.tools.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.aden.game.datapack.XmlDatapack;
import org.aden.game.item.ItemCatalog;
import org.aden.game.item.ItemTemplateLoader;

/**
 * The checks of {@code aden audit} on aden_game: what no item movement may ever leave behind. Each finding is one
 * line naming the rows involved; an empty list means the items are consistent.
 */
public final class ItemAudit {
    /** Adena stacks in every datapack; the fallback when no item templates are at hand. */
    public static final int ADENA = 57;

    private final Connection c;
    private final IntPredicate stackable;

    /** @param stackable whether an item id stacks (from the datapack's item templates) */
    public ItemAudit(Connection c, IntPredicate stackable) {
        this.c = c;
        this.stackable = stackable;
    }

    public List<String> run() throws SQLException {
        List<String> out = new ArrayList<>();
        rows(
                out,
                "SELECT obj_id, COUNT(*), COUNT(DISTINCT owner_id), GROUP_CONCAT(owner_id ORDER BY owner_id)"
                        + " FROM items GROUP BY obj_id HAVING COUNT(*) > 1 ORDER BY obj_id",
                r -> r.getLong(3) > 1
                        ? "item " + r.getInt(1) + ": " + r.getLong(2) + " rows with " + r.getLong(3) + " owners ("
                                + r.getString(4) + ")"
                        : "item " + r.getInt(1) + ": duplicated, " + r.getLong(2) + " rows of owner " + r.getString(4));
        rows(
                out,
                "SELECT i.obj_id, i.item_id, c.name FROM items i JOIN characters c ON c.obj_id = i.obj_id"
                        + " ORDER BY i.obj_id",
                r -> "object id " + r.getInt(1) + ": used by item " + r.getInt(2) + " and by character "
                        + r.getString(3));
        rows(
                out,
                "SELECT i.obj_id, i.item_id, i.owner_id FROM items i LEFT JOIN characters c ON c.obj_id = i.owner_id"
                        + " WHERE c.obj_id IS NULL ORDER BY i.obj_id",
                r -> "item " + r.getInt(1) + " (item id " + r.getInt(2) + "): owner " + r.getInt(3)
                        + " does not exist");
        rows(
                out,
                "SELECT obj_id, item_id, owner_id, count FROM items WHERE count <= 0 ORDER BY obj_id",
                r -> "item " + r.getInt(1) + " (item id " + r.getInt(2) + ") of owner " + r.getInt(3) + ": count "
                        + r.getLong(4));
        try (PreparedStatement q = c.prepareStatement(
                        "SELECT owner_id, item_id, location, COUNT(*), GROUP_CONCAT(obj_id ORDER BY obj_id)"
                                + " FROM items WHERE location <> 'PAPERDOLL'"
                                + " GROUP BY owner_id, item_id, location HAVING COUNT(*) > 1 ORDER BY owner_id, item_id");
                ResultSet r = q.executeQuery()) {
            while (r.next()) {
                if (stackable.test(r.getInt(2))) {
                    out.add("stackable item id " + r.getInt(2) + " of owner " + r.getInt(1) + " in " + r.getString(3)
                            + ": split over " + r.getLong(4) + " rows (" + r.getString(5) + ")");
                }
            }
        }
        try (PreparedStatement q = c.prepareStatement(
                        "SELECT obj_id, item_id, owner_id, count FROM items WHERE count > 1 ORDER BY obj_id");
                ResultSet r = q.executeQuery()) {
            while (r.next()) {
                if (!stackable.test(r.getInt(2))) {
                    out.add("item " + r.getInt(1) + " (item id " + r.getInt(2) + ", does not stack) of owner "
                            + r.getInt(3) + ": count " + r.getLong(4));
                }
            }
        }
        rows(
                out,
                "SELECT owner_id, slot, COUNT(*), GROUP_CONCAT(obj_id ORDER BY obj_id) FROM items"
                        + " WHERE location = 'PAPERDOLL' GROUP BY owner_id, slot HAVING COUNT(*) > 1"
                        + " ORDER BY owner_id, slot",
                r -> "owner " + r.getInt(1) + ": paperdoll slot " + r.getInt(2) + " holds " + r.getLong(3) + " items ("
                        + r.getString(4) + ")");
        return out;
    }

    /** Items and characters checked (the clean report's line). */
    public String counted() throws SQLException {
        try (PreparedStatement q =
                        c.prepareStatement("SELECT (SELECT COUNT(*) FROM items), (SELECT COUNT(*) FROM characters)");
                ResultSet r = q.executeQuery()) {
            r.next();
            return r.getLong(1) + " items of " + r.getLong(2) + " characters";
        }
    }

    @FunctionalInterface
    private interface Line {
        String of(ResultSet r) throws SQLException;
    }

    private void rows(List<String> out, String sql, Line line) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql);
                ResultSet r = q.executeQuery()) {
            while (r.next()) {
                out.add(line.of(r));
            }
        }
    }

    /** Which item ids stack, from the datapack's item templates (only adena when the datapack has none). */
    public static IntPredicate stackableIn(Path dir) {
        if (!Files.isDirectory(dir.resolve(ItemTemplateLoader.FOLDER))) {
            System.err.println(
                    "audit: no item templates under " + dir + " (--datapack): only adena counts as stackable");
            return id -> id == ADENA;
        }
        ItemCatalog items = ItemTemplateLoader.load(new XmlDatapack(dir));
        return id -> items.contains(id) ? items.get(id).stackable() : id == ADENA;
    }
}
