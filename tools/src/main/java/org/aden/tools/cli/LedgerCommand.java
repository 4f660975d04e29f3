package org.aden.tools.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.aden.common.db.DatabaseException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aden ledger --character NAME | --item ID}: the item ledger of aden_game, newest first. */
@Command(
        name = "ledger",
        description = "Show the item ledger (what inventories gained and lost, from or to whom, why), newest first.")
final class LedgerCommand extends DbCommand {
    static final class Filter {
        @Option(names = "--character", description = "Lines of one character (name, case-insensitive).")
        String character;

        @Option(names = "--item", description = "Lines of one item id (57 = adena).")
        Integer item;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Filter filter;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many lines (default 50).")
    int limit;

    @Override
    int run(Databases dbs) {
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1");
        }
        DataSource ds = dbs.open(where.game(), List.of()).dataSource();
        String sql = "SELECT l.at, COALESCE(c.name, CONCAT('#', l.char_id)), l.item_id, l.count, l.counterpart,"
                + " l.reason FROM item_ledger l LEFT JOIN characters c ON c.obj_id = l.char_id WHERE "
                + (filter.character != null ? "c.name = ?" : "l.item_id = ?")
                + " ORDER BY l.id DESC LIMIT ?";
        try (Connection c = ds.getConnection();
                PreparedStatement q = c.prepareStatement(sql)) {
            if (filter.character != null) {
                q.setString(1, filter.character);
            } else {
                q.setInt(1, filter.item);
            }
            q.setInt(2, limit);
            int n = 0;
            try (ResultSet r = q.executeQuery()) {
                System.out.printf(
                        "%-24s %-16s %8s %12s %-8s %s%n", "at", "character", "item", "count", "reason", "with");
                while (r.next()) {
                    n++;
                    System.out.printf(
                            "%-24s %-16s %8d %+12d %-8s %s%n",
                            Instant.ofEpochMilli(r.getLong(1)),
                            r.getString(2),
                            r.getInt(3),
                            r.getLong(4),
                            r.getString(6),
                            r.getString(5));
                }
            }
            if (n == 0) {
                System.err.println("No ledger lines for "
                        + (filter.character != null ? "character " + filter.character : "item " + filter.item));
                return CliException.NOT_FOUND;
            }
            return 0;
        } catch (SQLException e) {
            throw new DatabaseException("reading the item ledger: " + e.getMessage(), e);
        }
    }
}
