package org.aden.tools.importer.l2j;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aden.common.config.ConfigException;
import org.aden.common.config.ConfigLoader;
import org.aden.common.config.ConfigSpec;
import org.aden.common.db.Database;
import org.aden.common.db.DatabaseBootstrap;
import org.aden.common.db.DatabaseException;
import org.aden.common.db.DatabaseSettings;
import org.aden.game.GameConfig;
import org.aden.login.LoginConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aden import mobius|acis --jdbc-url ...}: brings an L2J Mobius or aCis server's players over. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import accounts and characters (items, skills, quests, shortcuts, macros, friends) from an L2J Mobius"
                    + " or aCis database. Run it with the game server stopped. Running it again imports only what is"
                    + " new; a report lists what was skipped and why.",
            "Exit codes: 0 done (see the report for skips), 1 the source could not be read, 2 invalid input."
        })
public final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "The source server: mobius or acis.")
    L2jFlavor flavor;

    @Option(
            names = "--jdbc-url",
            required = true,
            description = "JDBC URL of the source database, e.g. jdbc:mariadb://localhost:3306/l2jmobius")
    String jdbcUrl;

    @Option(
            names = "--login-jdbc-url",
            description =
                    "JDBC URL of the source's login tables when they are in another database (default: --jdbc-url).")
    String loginJdbcUrl;

    @Option(
            names = "--db-user",
            defaultValue = "root",
            description = "Source database user (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(
            names = "--db-password",
            arity = "0..1",
            interactive = true,
            defaultValue = "",
            description = "Source database password (without a value it is asked for).")
    String password;

    @Option(
            names = "--source",
            description = "A name for the imported server, the same on every run against it (default: the flavor).")
    String source;

    @Option(
            names = "--login-config",
            defaultValue = "config/loginserver.properties",
            description = "Where aden_login is (db.*), default: ${DEFAULT-VALUE}.")
    Path loginConfig;

    @Option(
            names = "--game-config",
            defaultValue = "config/gameserver.properties",
            description = "Where aden_game is (db.*), default: ${DEFAULT-VALUE}.")
    Path gameConfig;

    @Option(names = "--target-login-url", description = "JDBC URL of aden_login (instead of the config's db.url).")
    String targetLoginUrl;

    @Option(names = "--target-game-url", description = "JDBC URL of aden_game (instead of the config's db.url).")
    String targetGameUrl;

    @Option(names = "--target-db-user", description = "User for --target-login-url and --target-game-url.")
    String targetUser;

    @Option(
            names = "--target-db-password",
            arity = "0..1",
            interactive = true,
            description = "Password for --target-login-url and --target-game-url.")
    String targetPassword;

    @Override
    public Integer call() {
        String label = source != null ? source : flavor.name().toLowerCase(Locale.ROOT);
        try (Target login = open(targetLoginUrl, loginConfig, LoginConfig.SPEC, "aden_login", "classpath:db/login");
                Target game = open(targetGameUrl, gameConfig, GameConfig.SPEC, "aden_game", "classpath:db/game");
                Connection src = connect(jdbcUrl);
                Connection srcLogin = loginJdbcUrl == null ? src : connect(loginJdbcUrl)) {
            System.out.println("Importing " + flavor.name().toLowerCase(Locale.ROOT) + " from " + jdbcUrl
                    + " as source '" + label + "'");
            ImportReport report = new L2jImporter(
                            flavor,
                            label,
                            src,
                            srcLogin,
                            login.db().dataSource(),
                            game.db().dataSource(),
                            System.currentTimeMillis())
                    .run();
            report.print(System.out);
            return 0;
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (DatabaseException e) {
            System.err.println("Aden's database: " + e.getMessage());
            return 1;
        } catch (SQLException e) {
            System.err.println("Import stopped: " + e.getMessage() + " (is this a "
                    + flavor.name().toLowerCase(Locale.ROOT) + " database?)");
            return 1;
        }
    }

    private Connection connect(String url) throws SQLException {
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            throw new SQLException("cannot connect to " + url + " as " + user + ": " + e.getMessage(), e);
        }
    }

    /** One of our schemas: by URL when given, else as its server's config says (maybe an embedded MariaDB). */
    private Target open(String url, Path config, ConfigSpec spec, String schema, String migrations) {
        if (url != null) {
            DatabaseSettings s =
                    new DatabaseSettings(url, targetUser == null ? "root" : targetUser, orEmpty(targetPassword), 2);
            return new Target(Database.open(s, migrations, List.of()), null);
        }
        Map<String, String> o = new HashMap<>();
        if (targetUser != null) {
            o.put("db.user", targetUser);
        }
        if (targetPassword != null) {
            o.put("db.password", targetPassword);
        }
        DatabaseBootstrap b = DatabaseBootstrap.open(ConfigLoader.load(config, spec, o), schema, migrations, List.of());
        return new Target(b.database(), b);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private record Target(Database db, DatabaseBootstrap bootstrap) implements AutoCloseable {
        @Override
        public void close() {
            if (bootstrap != null) {
                bootstrap.close();
            } else {
                db.close();
            }
        }
    }
}
