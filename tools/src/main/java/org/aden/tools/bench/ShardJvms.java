package org.aden.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.aden.common.db.Database;
import org.aden.common.db.DatabaseSettings;
import org.aden.common.db.EmbeddedMariaDb;
import org.aden.game.GameServer;
import org.aden.login.LoginServer;

/**
 * A shard as a host runs it, for benchmarks: an embedded MariaDB of its own in a fresh folder, the login server
 * and the game server as two processes ({@link ServerJvm}) with JMX on loopback, limits for bots from one address
 * lifted, bcrypt cost 4. The game server can be stopped, killed ({@code kill -9}) and started again on the same
 * database and ports.
 */
final class ShardJvms implements AutoCloseable {
    private final Path home;
    private final Path dataDir;
    private final Path datapack;
    private final String javaOpts;
    private final Consumer<String> lines;
    private final EmbeddedMariaDb db;
    private final DatabaseSettings loginDb;
    private final DatabaseSettings gameDb;
    private final int loginPort;
    private final int linkPort;
    private final int gamePort;
    private final int loginJmx;
    private final int gameJmx;
    private final String secret = "bench-" + Long.toHexString(new SplittableRandom().nextLong());
    private ServerJvm login;
    private ServerJvm game;

    private ShardJvms(Path home, Path dataDir, Path datapack, String javaOpts, Consumer<String> lines)
            throws IOException {
        this.home = home;
        this.dataDir = dataDir;
        this.datapack = datapack;
        this.javaOpts = javaOpts;
        this.lines = lines;
        this.db = EmbeddedMariaDb.start(dataDir.resolve("mariadb"), 0);
        this.loginDb = db.settings("aden_login", 4);
        this.gameDb = db.settings("aden_game", 4);
        this.loginPort = ServerJvm.freePort();
        this.linkPort = ServerJvm.freePort();
        this.gamePort = ServerJvm.freePort();
        this.loginJmx = ServerJvm.freePort();
        this.gameJmx = ServerJvm.freePort();
    }

    /**
     * Empties {@code dataDir}, starts the database (migrated), the login server and the game server.
     *
     * @param home the Aden folder the servers run in (its {@code config/} is theirs)
     */
    static ShardJvms start(Path home, Path dataDir, Path datapack, String javaOpts, Consumer<String> lines)
            throws Exception {
        if (Files.exists(dataDir)) {
            try (var walk = Files.walk(dataDir)) {
                walk.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dataDir);
        ShardJvms s = new ShardJvms(home, dataDir, datapack, javaOpts, lines);
        try {
            try (Database l = Database.open(s.loginDb, "classpath:db/login", LoginServer.MAPPERS);
                    Database g = Database.open(s.gameDb, "classpath:db/game", GameServer.MAPPERS)) {
                System.out.println("Databases ready: " + s.loginDb.jdbcUrl() + ", " + s.gameDb.jdbcUrl());
            }
            s.login = ServerJvm.start(
                    home,
                    "loginserver",
                    "org.aden.tools.launch.LoginServerMain",
                    "config/loginserver.properties",
                    javaOpts,
                    s.loginJmx,
                    s.logs(),
                    s.loginEnv(),
                    lines);
            System.out.printf("login server ready in %d ms%n", s.login.awaitReady(120));
            s.startGame();
            return s;
        } catch (Exception e) {
            s.close();
            throw e;
        }
    }

    private List<String> logs() {
        return List.of("aden.logs.dir=" + dataDir.resolve("logs").toAbsolutePath());
    }

    /** Starts the game server (again) and waits for its ready line. */
    void startGame() throws Exception {
        Map<String, String> env = dbEnv(gameDb);
        env.put("ADEN_GAME_DATAPACK", datapack.toAbsolutePath().toString());
        env.put("ADEN_GAME_PORT", Integer.toString(gamePort));
        env.put("ADEN_GAME_LOGIN_PORT", Integer.toString(linkPort));
        env.put("ADEN_GAME_LOGIN_SECRET", secret);
        env.put(
                "ADEN_GAME_SAVE_JOURNAL",
                dataDir.resolve("game-save-journal").toAbsolutePath().toString());
        env.put("ADEN_GAME_MAX_PLAYERS", "5000");
        // every bot comes from 127.0.0.1
        env.put("ADEN_GAME_NET_MAX_CONNECTIONS_PER_IP", "0");
        env.put("ADEN_GAME_NET_MAX_CONNECTIONS_PER_SUBNET", "0");
        env.put("ADEN_GAME_NET_CONNECTIONS_PER_SECOND", "0");
        game = ServerJvm.start(
                home,
                "gameserver",
                "org.aden.tools.launch.GameServerMain",
                "config/gameserver.properties",
                javaOpts,
                gameJmx,
                logs(),
                env,
                lines);
        System.out.printf("game server ready in %d ms%n", game.awaitReady(180));
    }

    /** A clean stop of the game server (SIGTERM: everyone saved). */
    void stopGame() throws InterruptedException {
        game.close();
    }

    /** {@code kill -9} of the game server: no shutdown hook, no final save. */
    void killGame() throws InterruptedException {
        game.kill();
    }

    private static Map<String, String> dbEnv(DatabaseSettings s) {
        Map<String, String> env = new HashMap<>();
        env.put("ADEN_DB_URL", s.jdbcUrl());
        env.put("ADEN_DB_USER", s.user());
        env.put("ADEN_DB_PASSWORD", s.password());
        return env;
    }

    private Map<String, String> loginEnv() {
        Map<String, String> env = dbEnv(loginDb);
        env.put("ADEN_LOGIN_CLIENT_HOST", "127.0.0.1");
        env.put("ADEN_LOGIN_CLIENT_PORT", Integer.toString(loginPort));
        env.put("ADEN_LOGIN_LINK_PORT", Integer.toString(linkPort));
        env.put("ADEN_LOGIN_LINK_SECRET", secret);
        env.put("ADEN_LOGIN_AUTO_CREATE", "true");
        env.put("ADEN_LOGIN_BCRYPT_COST", "4"); // benchmarks of the shard, not of bcrypt
        env.put("ADEN_LOGIN_FLOOD_CONNECTIONS_PER_SECOND", "10000");
        env.put("ADEN_LOGIN_FLOOD_MAX_CONCURRENT", "10000");
        env.put("ADEN_LOGIN_FLOOD_MAX_CONCURRENT_PER_SUBNET", "100000");
        return env;
    }

    ServerJvm login() {
        return login;
    }

    ServerJvm game() {
        return game;
    }

    int loginPort() {
        return loginPort;
    }

    String loginJmx() {
        return "127.0.0.1:" + loginJmx;
    }

    String gameJmx() {
        return "127.0.0.1:" + gameJmx;
    }

    DatabaseSettings gameDb() {
        return gameDb;
    }

    Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() throws Exception {
        try {
            if (game != null) {
                game.close();
            }
            if (login != null) {
                login.close();
            }
        } finally {
            db.close();
        }
    }
}
