package org.aden.tools.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.IntPredicate;
import org.aden.common.db.DatabaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aden audit}: checks the game database for item damage (duplicated object ids, items with two owners or
 * none, counts of zero or less, stacks split over rows, non-stacking items with a count, two items in one paperdoll
 * slot). One line per problem on stdout; exit 0 when clean, 1 when a problem was found.
 */
@Command(
        name = "audit",
        description = "Check the game database for item damage: duplicated object ids, items with two owners or a"
                + " missing owner, counts of zero or less, stackable items split over rows, non-stacking items with a"
                + " count, two items in one paperdoll slot. One line per problem; exit 0 clean, 1 problems found.")
final class AuditCommand extends DbCommand {
    @Option(
            names = "--datapack",
            paramLabel = "DIR",
            description = "The datapack, for which items stack (default: game.datapack of the game config).")
    Path datapack;

    @Override
    int run(Databases dbs) {
        DbOptions.Target game = where.game();
        IntPredicate stackable = ItemAudit.stackableIn(
                datapack != null ? datapack : Path.of(game.config().getString("game.datapack")));
        try (Connection c = dbs.open(game, List.of()).dataSource().getConnection()) {
            ItemAudit audit = new ItemAudit(c, stackable);
            List<String> problems = audit.run();
            problems.forEach(System.out::println);
            if (problems.isEmpty()) {
                System.out.println("audit: no problems in " + audit.counted());
                return 0;
            }
            System.err.println("audit: " + problems.size() + " problem(s) in " + audit.counted());
            return CliException.NOT_FOUND;
        } catch (SQLException e) {
            throw new DatabaseException("auditing the game database: " + e.getMessage(), e);
        }
    }
}
