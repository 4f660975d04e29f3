package org.aden.tools.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.aden.common.config.ConfigException;
import org.aden.common.db.DatabaseException;
import org.aden.tools.importer.l2j.ImportReport;
import org.aden.tools.importer.l2j.L2jFlavor;
import org.aden.tools.importer.l2j.L2jImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aden import mobius|acis --jdbc-url ...}: brings an L2J Mobius or aCis server's players over (the work is in
 * {@link L2jImporter}). Here {@code --jdbc-url}, {@code --db-user} and {@code --db-password} name the source; Aden's
 * databases are found as by every other command ({@link DbOptions}: config dir, data dir), or given with the
 * {@code --target-*} options.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import accounts and characters (items, skills, quests, shortcuts, macros, friends) from an L2J Mobius"
                    + " or aCis database, with the game server stopped. A second run imports only what is new; the"
                    + " report lists what was skipped and why, and what has no place in Aden yet.",
            "Exit codes: 0 done (skips are in the report), 2 invalid input, 3 a database not reachable or not"
                    + " of that kind."
        })
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "mobius|acis", description = "The kind of server imported.")
    L2jFlavor flavor;

    @Option(
            names = "--jdbc-url",
            required = true,
            paramLabel = "URL",
            description = "JDBC URL of the source database, e.g. jdbc:mariadb://old-box:3306/l2jmobius")
    String jdbcUrl;

    @Option(
            names = "--login-jdbc-url",
            paramLabel = "URL",
            description =
                    "JDBC URL of the source's login tables when they are in another database (default: --jdbc-url).")
    String loginJdbcUrl;

    @Option(
            names = "--db-user",
            paramLabel = "USER",
            defaultValue = "root",
            description = "Source user (default: root).")
    String user;

    @Option(
            names = "--db-password",
            paramLabel = "PW",
            arity = "0..1",
            interactive = true,
            defaultValue = "",
            description = "Source password (without a value: asked for).")
    String password;

    @Option(
            names = "--source",
            paramLabel = "NAME",
            description = "A name for the imported server, the same on every run against it (default: mobius or acis).")
    String source;

    @Option(names = "--config-dir", paramLabel = "DIR", description = "Aden's config folder (default: config).")
    Path configDir;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "The data directory of a standalone shard (./run.sh --data-dir DIR).")
    Path dataDir;

    @Option(names = "--target-login-url", paramLabel = "URL", description = "JDBC URL of aden_login (default: db.url).")
    String targetLoginUrl;

    @Option(names = "--target-game-url", paramLabel = "URL", description = "JDBC URL of aden_game (default: db.url).")
    String targetGameUrl;

    @Option(names = "--target-db-user", paramLabel = "USER", description = "Aden's database user (default: db.user).")
    String targetUser;

    @Option(
            names = "--target-db-password",
            paramLabel = "PW",
            arity = "0..1",
            interactive = true,
            description = "Aden's database password (default: db.password; without a value: asked for).")
    String targetPassword;

    @Override
    public Integer call() {
        String label = source != null ? source : flavor.name().toLowerCase(Locale.ROOT);
        DbOptions where = new DbOptions();
        where.configDir = configDir;
        where.dataDir = dataDir;
        where.jdbcUrl = targetLoginUrl;
        where.gameJdbcUrl = targetGameUrl;
        where.user = targetUser;
        where.password = targetPassword;
        try (Databases dbs = new Databases()) {
            DbOptions.Target login = where.login();
            DbOptions.Target game = where.game();
            if (Databases.runningElsewhere(game)) {
                throw new CliException(
                        CliException.USAGE,
                        "the shard is running on " + game.embeddedDir()
                                + ": stop it first (the game server hands out object ids the import also uses)");
            }
            var loginDs = dbs.open(login, List.of()).dataSource();
            var gameDs = dbs.open(game, List.of()).dataSource();
            try (Connection src = connect(jdbcUrl);
                    Connection srcLogin = loginJdbcUrl == null ? src : connect(loginJdbcUrl)) {
                System.out.println("Importing " + label + " from " + jdbcUrl);
                ImportReport report = new L2jImporter(
                                flavor, label, src, srcLogin, loginDs, gameDs, System.currentTimeMillis())
                        .run();
                report.print(System.out);
                return 0;
            }
        } catch (CliException e) {
            System.err.println(e.getMessage());
            return e.exitCode;
        } catch (IllegalArgumentException | ConfigException e) {
            System.err.println(e.getMessage());
            return CliException.USAGE;
        } catch (DatabaseException e) {
            System.err.println("database not available: " + e.getMessage());
            return CliException.DATABASE;
        } catch (SQLException e) {
            System.err.println("import stopped: " + e.getMessage() + " (is it a "
                    + flavor.name().toLowerCase(Locale.ROOT) + " database?)");
            return CliException.DATABASE;
        }
    }

    private Connection connect(String url) throws SQLException {
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            throw new SQLException("cannot connect to " + url + " as " + user + ": " + e.getMessage(), e);
        }
    }
}
