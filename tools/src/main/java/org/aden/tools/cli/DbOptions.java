package org.aden.tools.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aden.common.config.Config;
import org.aden.common.config.ConfigLoader;
import org.aden.common.config.ConfigSpec;
import org.aden.common.db.DatabaseConfig;
import org.aden.common.db.EmbeddedMariaDb;
import org.aden.game.GameConfig;
import org.aden.login.LoginConfig;
import picocli.CommandLine.Option;

/**
 * Where the databases are, found the way the servers find them: the same config files (config/ by default), and
 * for an embedded database the same data directory — {@code --data-dir DIR} means DIR/mariadb, as for run.sh.
 * Without --data-dir, a running embedded database under data/mariadb (run.sh) or the config's db.embedded.dir
 * (bin/loginserver.sh, bin/gameserver.sh) is used; otherwise the one that exists.
 */
final class DbOptions {
    static final Path STANDALONE_DIR = Path.of("data", "mariadb");

    @Option(
            names = "--config-dir",
            paramLabel = "DIR",
            description = "Folder with loginserver.properties and gameserver.properties (default: config).")
    Path configDir;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Login server config file (default: CONFIG_DIR/loginserver.properties).")
    Path loginFile;

    @Option(
            names = "--game-config",
            paramLabel = "FILE",
            description = "Game server config file (default: CONFIG_DIR/gameserver.properties).")
    Path gameFile;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "The data directory of a standalone shard (./run.sh --data-dir DIR): its database is"
                    + " DIR/mariadb.")
    Path dataDir;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "JDBC URL of aden_login (default: db.url).")
    String jdbcUrl;

    @Option(
            names = "--game-jdbc-url",
            paramLabel = "URL",
            description = "JDBC URL of aden_game (default: db.url of the game config).")
    String gameJdbcUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user (default: db.user).")
    String user;

    @Option(
            names = "--db-password",
            paramLabel = "PW",
            description = "Database password (default: db.password; without a value: asked for).",
            arity = "0..1",
            interactive = true)
    String password;

    /** One of the two servers' databases as this command line describes it. */
    record Target(String role, Config config, String schema, String migrations, Path embeddedDir) {
        boolean embedded() {
            return embeddedDir != null;
        }
    }

    Target login() {
        Config c = load(file(loginFile, "loginserver.properties"), LoginConfig.SPEC, jdbcUrl);
        return target("login", c, "aden_login", "classpath:db/login", loginFile != null);
    }

    Target game() {
        Config c = load(file(gameFile, "gameserver.properties"), GameConfig.SPEC, gameJdbcUrl);
        return target("game", c, "aden_game", "classpath:db/game", gameFile != null);
    }

    private Path file(Path explicit, String name) {
        if (explicit != null) {
            return explicit;
        }
        return (configDir != null ? configDir : Path.of("config")).resolve(name);
    }

    private Config load(Path file, ConfigSpec spec, String url) {
        Map<String, String> o = new HashMap<>();
        if (url != null) {
            o.put(DatabaseConfig.URL, url);
        }
        if (user != null) {
            o.put(DatabaseConfig.USER, user);
        }
        if (password != null) {
            o.put(DatabaseConfig.PASSWORD, password);
        }
        return ConfigLoader.load(file, spec, o);
    }

    private Target target(String role, Config c, String schema, String migrations, boolean explicitFile) {
        if (!DatabaseConfig.embedded(c)) {
            return new Target(role, c, schema, migrations, null);
        }
        return new Target(role, c, schema, migrations, embeddedDir(role, c, explicitFile || configDir != null));
    }

    private Path embeddedDir(String role, Config c, boolean explicitConfig) {
        if (dataDir != null) {
            return dataDir.resolve("mariadb");
        }
        Path own = DatabaseConfig.embeddedDir(c);
        for (Path p : List.of(STANDALONE_DIR, own)) {
            if (EmbeddedMariaDb.findRunning(p).isPresent()) {
                return p;
            }
        }
        if (explicitConfig) {
            return own;
        }
        boolean standalone = Files.isDirectory(STANDALONE_DIR.resolve("data"));
        boolean production = Files.isDirectory(own.resolve("data"));
        if (standalone && production && !own.equals(STANDALONE_DIR)) {
            throw new CliException(
                    CliException.USAGE,
                    "two embedded databases here, " + STANDALONE_DIR + " (./run.sh) and " + own + " (bin/" + role
                            + "server.sh): choose with --data-dir DIR (./run.sh --data-dir) or --config-dir DIR");
        }
        if (standalone) {
            return STANDALONE_DIR;
        }
        if (production) {
            return own;
        }
        throw new CliException(
                CliException.USAGE,
                "no database yet under " + STANDALONE_DIR + " (./run.sh) or " + own + " (bin/" + role
                        + "server.sh): start the server once, or choose with --data-dir DIR or --config-dir DIR");
    }
}
