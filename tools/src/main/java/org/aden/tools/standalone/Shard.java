package org.aden.tools.standalone;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import org.aden.common.config.Config;
import org.aden.common.config.ConfigLoader;
import org.aden.common.config.ConfigSpec;
import org.aden.common.db.Database;
import org.aden.common.db.DatabaseConfig;
import org.aden.common.db.EmbeddedMariaDb;
import org.aden.game.GameConfig;
import org.aden.game.GameServer;
import org.aden.login.LoginConfig;
import org.aden.login.LoginServer;
import org.aden.login.account.AccountService;
import org.aden.login.account.PasswordHasher;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A running standalone shard: one embedded MariaDB serving both schemas (unless external databases are
 * configured), the login server, and one game server linked to it. {@link #close()} stops them in reverse order.
 */
public final class Shard implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(Shard.class);

    private final EmbeddedMariaDb embedded;
    private final Database loginDb;
    private final Database gameDb;
    private final LoginServer login;
    private final GameServer game;

    private Shard(EmbeddedMariaDb embedded, Database loginDb, Database gameDb, LoginServer login, GameServer game) {
        this.embedded = embedded;
        this.loginDb = loginDb;
        this.gameDb = gameDb;
        this.login = login;
        this.game = game;
    }

    /** An administrator to create (or promote) before the servers start: {@code ./run.sh --admin NAME}. */
    public record Admin(String name, String password) {}

    public static Shard start(Path configDir, Map<String, String> loginOverrides, Map<String, String> gameOverrides)
            throws Exception {
        return start(configDir, loginOverrides, gameOverrides, null);
    }

    public static Shard start(
            Path configDir, Map<String, String> loginOverrides, Map<String, String> gameOverrides, Admin admin)
            throws Exception {
        long t0 = System.nanoTime();
        Config loginCfg = load(configDir.resolve("loginserver.properties"), LoginConfig.SPEC, loginOverrides);
        if (loginCfg.sourceOf(ShardKeys.LOGIN_AUTO_CREATE).equals("default")) {
            // standalone is for trying things out: accounts appear on first login unless the host said otherwise
            Map<String, String> o = new HashMap<>(loginOverrides);
            o.put(ShardKeys.LOGIN_AUTO_CREATE, "true");
            loginCfg = load(configDir.resolve("loginserver.properties"), LoginConfig.SPEC, o);
        }
        Config gameCfg = load(configDir.resolve("gameserver.properties"), GameConfig.SPEC, gameOverrides);
        // the datapack is read while the embedded MariaDB starts and both schemas are migrated
        var content = GameServer.loadContent(GameConfig.from(gameCfg));

        EmbeddedMariaDb embedded = null;
        Database loginDb = null;
        Database gameDb = null;
        LoginServer login = null;
        GameServer game = null;
        try {
            if (DatabaseConfig.embedded(loginCfg) || DatabaseConfig.embedded(gameCfg)) {
                Config c = DatabaseConfig.embedded(loginCfg) ? loginCfg : gameCfg;
                embedded = EmbeddedMariaDb.start(DatabaseConfig.embeddedDir(c), c.getInt(DatabaseConfig.EMBEDDED_PORT));
            }
            loginDb = Database.open(
                    DatabaseConfig.embedded(loginCfg)
                            ? DatabaseConfig.onEmbedded(embedded, "aden_login", loginCfg)
                            : DatabaseConfig.external(loginCfg),
                    "classpath:db/login",
                    LoginServer.MAPPERS);
            gameDb = Database.open(
                    DatabaseConfig.embedded(gameCfg)
                            ? DatabaseConfig.onEmbedded(embedded, "aden_game", gameCfg)
                            : DatabaseConfig.external(gameCfg),
                    "classpath:db/game",
                    GameServer.MAPPERS);

            if (admin != null) {
                makeAdministrator(loginDb, loginCfg, admin);
            }
            login = new LoginServer(LoginConfig.from(loginCfg), loginDb);
            login.start();
            // the game server links to the login server in this process, wherever it bound
            Map<String, String> linked = new HashMap<>(gameOverrides);
            linked.put(ShardKeys.GAME_LINK_HOST, "127.0.0.1");
            linked.put(ShardKeys.GAME_LINK_PORT, Integer.toString(login.linkPort()));
            gameCfg = load(configDir.resolve("gameserver.properties"), GameConfig.SPEC, linked);
            game = new GameServer(GameConfig.from(gameCfg), gameDb);
            game.start(content);

            Shard shard = new Shard(embedded, loginDb, gameDb, login, game);
            shard.printSummary(loginCfg, gameCfg, (System.nanoTime() - t0) / 1_000_000);
            return shard;
        } catch (Exception | Error e) {
            new Shard(embedded, loginDb, gameDb, login, game).close();
            throw e;
        }
    }

    /** Administrator access level: every GM command, //setaccess, //shutdown, //restart. */
    public static final int ADMIN_LEVEL = 100;

    /** Creates the account with access level 100, or raises an existing one to it (and sets the password if given). */
    private static void makeAdministrator(Database loginDb, Config loginCfg, Admin admin) {
        AccountService accounts = new AccountService(
                loginDb.sqlSessionFactory(),
                new PasswordHasher(loginCfg.getInt("login.bcrypt-cost")),
                InstantSource.system(),
                false);
        var existing = accounts.find(admin.name());
        if (existing.isEmpty()) {
            if (admin.password() == null) {
                throw new IllegalArgumentException(
                        "account " + admin.name() + " does not exist yet: give it a password with --admin-password");
            }
            accounts.create(admin.name(), admin.password(), ADMIN_LEVEL);
            LOG.info("Administrator account {} created (access level {})", admin.name(), ADMIN_LEVEL);
            return;
        }
        if (admin.password() != null) {
            accounts.changePassword(admin.name(), admin.password());
        }
        if (existing.get().accessLevel() != ADMIN_LEVEL) {
            accounts.setAccessLevel(admin.name(), ADMIN_LEVEL);
            LOG.info(
                    "Account {} is now an administrator (access level {}, was {})",
                    admin.name(),
                    ADMIN_LEVEL,
                    existing.get().accessLevel());
        } else {
            LOG.info("Account {} is an administrator (access level {})", admin.name(), ADMIN_LEVEL);
        }
    }

    private static Config load(Path file, ConfigSpec spec, Map<String, String> overrides) {
        return ConfigLoader.load(file, spec, overrides);
    }

    public LoginServer login() {
        return login;
    }

    public GameServer game() {
        return game;
    }

    private void printSummary(Config loginCfg, Config gameCfg, long millis) {
        Runtime rt = Runtime.getRuntime();
        String[] lines = {
            "Aden " + version() + " — Lineage II Interlude (protocol 746), standalone shard",
            String.format(
                    "  JDK         %s (%s), %d cores, max heap %d MiB",
                    Runtime.version(),
                    System.getProperty("java.vendor"),
                    rt.availableProcessors(),
                    rt.maxMemory() >> 20),
            "  database    "
                    + (embedded != null
                            ? "embedded MariaDB on 127.0.0.1:" + embedded.port() + " (" + embedded.dir() + ")"
                            : loginDb.settings().jdbcUrl() + ", "
                                    + gameDb.settings().jdbcUrl()),
            "  login       clients on port " + login.clientPort() + ", game servers on 127.0.0.1:" + login.linkPort(),
            "  game        clients on port " + game.port() + ", advertised as "
                    + gameCfg.getString(ShardKeys.GAME_ADVERTISE)
                    + (gameCfg.getList(ShardKeys.GAME_ADVERTISE_SUBNETS).isEmpty()
                            ? ""
                            : " (" + String.join(", ", gameCfg.getList(ShardKeys.GAME_ADVERTISE_SUBNETS)) + ")")
                    + ", game encryption "
                    + (gameCfg.getBool("game.encryption") ? "on" : "OFF"),
            "  datapack    " + game.contentSummary(),
            String.format("  started in %.1f s, %s", millis / 1000.0, ProcessMemory.summary()),
        };
        for (String line : lines) {
            LOG.info(line);
        }
        LOG.info("Shard ready");
        System.out.println("ready"); // the plain last line hosts and scripts wait for
    }

    static String version() {
        String v = Shard.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public void close() {
        long t0 = System.nanoTime();
        LOG.info("Stopping the shard");
        closeQuietly(game, "game server");
        closeQuietly(login, "login server");
        closeQuietly(gameDb, "game database");
        closeQuietly(loginDb, "login database");
        closeQuietly(embedded, "embedded MariaDB");
        LOG.info("Stopped in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }

    private static void closeQuietly(AutoCloseable c, String what) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("Stopping the {} failed: {}", what, e.toString());
        }
    }
}
