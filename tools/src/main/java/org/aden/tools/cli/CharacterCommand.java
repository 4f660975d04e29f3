package org.aden.tools.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import javax.sql.DataSource;
import org.aden.common.db.DatabaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code aden character access}: the per-character override of the account's access level, in aden_game. */
@Command(
        name = "character",
        description = "Manage characters (game database).",
        mixinStandardHelpOptions = true,
        subcommands = {CharacterCommand.Access.class})
final class CharacterCommand {

    @Command(
            name = "access",
            description = "Give one character its own access level (0 player, 1 GM, 100 administrator), or "
                    + "'inherit' to follow its account's level again (the default). Applies when it next enters the "
                    + "world.")
    static final class Access extends DbCommand {
        @Parameters(index = "0", description = "Character name (case-insensitive).")
        String name;

        @Parameters(index = "1", description = "A level, or 'inherit'.")
        String level;

        @Override
        int run(Databases dbs) {
            Integer value = parse(level);
            DataSource ds = dbs.open(where.game(), List.of()).dataSource();
            try (Connection c = ds.getConnection();
                    PreparedStatement u = c.prepareStatement("UPDATE characters SET access_level = ? WHERE name = ?")) {
                if (value == null) {
                    u.setNull(1, Types.INTEGER);
                } else {
                    u.setInt(1, value);
                }
                u.setString(2, name);
                if (u.executeUpdate() == 0) {
                    return result(false, "", "No character " + name);
                }
                return result(
                        true,
                        "Character " + exactName(c, name) + " "
                                + (value == null ? "inherits its account's access level" : "has access level " + value),
                        "");
            } catch (SQLException e) {
                throw new DatabaseException("updating character " + name + ": " + e.getMessage(), e);
            }
        }

        private static Integer parse(String level) {
            if (level.equalsIgnoreCase("inherit")) {
                return null;
            }
            try {
                return Integer.parseInt(level);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("level must be a number or 'inherit': " + level);
            }
        }

        private static String exactName(Connection c, String name) throws SQLException {
            try (PreparedStatement q = c.prepareStatement("SELECT name FROM characters WHERE name = ?")) {
                q.setString(1, name);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getString(1) : name;
                }
            }
        }
    }
}
