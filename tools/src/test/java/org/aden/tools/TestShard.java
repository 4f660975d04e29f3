package org.aden.tools;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.aden.common.config.ConfigLoader;
import org.aden.common.db.Database;
import org.aden.common.db.DatabaseSettings;
import org.aden.common.link.SessionKey;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameConfig;
import org.aden.game.GameServer;
import org.aden.login.LoginConfig;
import org.aden.login.LoginServer;
import org.aden.tools.client.game.GameConnection;
import org.aden.tools.client.game.GameServerPackets.CharInfo;
import org.aden.tools.client.game.WorldClient;
import org.aden.tools.client.login.LoginClient;

/**
 * A login server and a game server on fresh schemas of the test database, linked, as the end-to-end tests start them
 * (loopback, any free port, bcrypt cost 4, accounts created on first login with password {@value #PASSWORD}); and the
 * way in: the session keys of an account, a character entered into the world. Closed in reverse order.
 */
final class TestShard implements AutoCloseable {
    static final String SECRET = "e2e-link-secret";
    static final String PASSWORD = "secret12";
    static final Path DATAPACK =
            Path.of(System.getProperty("aden.root", ".."), "datapack").toAbsolutePath();

    final DatabaseSettings loginSchema;
    final DatabaseSettings gameSchema;
    final Database loginDb;
    final Database gameDb;
    final LoginServer login;
    final GameServer game;

    private TestShard(
            DatabaseSettings loginSchema,
            DatabaseSettings gameSchema,
            Database loginDb,
            Database gameDb,
            LoginServer login,
            GameServer game) {
        this.loginSchema = loginSchema;
        this.gameSchema = gameSchema;
        this.loginDb = loginDb;
        this.gameDb = gameDb;
        this.login = login;
        this.game = game;
    }

    static TestShard start(TestDatabase db, Map<String, String> loginKeys, Map<String, String> gameKeys)
            throws Exception {
        return start(db, loginKeys, loginSchema -> gameKeys);
    }

    /** @param gameKeys the game server's keys beyond the defaults, knowing the login schema (the web console reads it) */
    static TestShard start(
            TestDatabase db, Map<String, String> loginKeys, Function<DatabaseSettings, Map<String, String>> gameKeys)
            throws Exception {
        DatabaseSettings loginSchema = db.newSchema();
        DatabaseSettings gameSchema = db.newSchema();
        Database loginDb = Database.open(loginSchema, "classpath:db/login", LoginServer.MAPPERS);
        Database gameDb = Database.open(gameSchema, "classpath:db/game", GameServer.MAPPERS);
        Map<String, String> l = new HashMap<>(Map.of(
                "login.client.host", "127.0.0.1",
                "login.client.port", "0",
                "login.link.port", "0",
                "login.link.secret", SECRET,
                "login.auto-create", "true",
                "login.bcrypt-cost", "4",
                "login.rsa-pool-size", "2"));
        l.putAll(loginKeys);
        LoginServer login =
                new LoginServer(LoginConfig.from(ConfigLoader.load(null, LoginConfig.SPEC, Map.of(), l)), loginDb);
        login.start();
        Map<String, String> g = new HashMap<>(Map.of(
                "game.host",
                "127.0.0.1",
                "game.port",
                "0",
                "game.login.port",
                Integer.toString(login.linkPort()),
                "game.login.secret",
                SECRET,
                "game.datapack",
                DATAPACK.toString(),
                "game.world.linger",
                "1s"));
        g.putAll(gameKeys.apply(loginSchema));
        GameServer game =
                new GameServer(GameConfig.from(ConfigLoader.load(null, GameConfig.SPEC, Map.of(), g)), gameDb);
        game.start();
        assertTrue(game.link().awaitConnected(Duration.ofSeconds(10)), "the game server linked to the login server");
        return new TestShard(loginSchema, gameSchema, loginDb, gameDb, login, game);
    }

    /** The session keys of a login through the login server's three steps, for server 1. */
    SessionKey keys(String account) throws IOException {
        try (LoginClient c = LoginClient.connect("127.0.0.1", login.clientPort())) {
            assertTrue(c.login(account, PASSWORD).ok(), "login of " + account);
            c.serverList();
            assertTrue(c.requestServerLogin(1).ok(), "PlayOk");
            return c.sessionKey();
        }
    }

    /** The account's first character in the world (created as a human fighter if it has none), cipher on. */
    WorldClient enter(String account, String name, Duration wait) throws IOException {
        return enter(account, name, 0, 0, wait);
    }

    WorldClient enter(String account, String name, int race, int classId, Duration wait) throws IOException {
        SessionKey k = keys(account);
        GameConnection c = GameConnection.connect("127.0.0.1", game.port());
        c.protocolVersion(746);
        List<CharInfo> chars = c.authLogin(account, k);
        if (chars.isEmpty()) {
            assertTrue(c.createCharacter(name, race, 0, classId, 0, 0, 0).ok(), "character created");
        }
        c.select(0);
        return WorldClient.enter(c, true, null, wait);
    }

    /** One statement on the game schema, with its parameters (test set-up behind the server's back). */
    void sql(String statement, Object... args) throws java.sql.SQLException {
        try (org.apache.ibatis.session.SqlSession s = gameDb.sqlSessionFactory().openSession(true);
                java.sql.PreparedStatement ps = s.getConnection().prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    @Override
    public void close() {
        for (AutoCloseable c : new AutoCloseable[] {game, login, gameDb, loginDb}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // best effort: the next closes still run
            }
        }
    }
}
