package org.aden.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.aden.common.config.ConfigLoader;
import org.aden.common.db.Database;
import org.aden.common.link.SessionKey;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameConfig;
import org.aden.game.GameServer;
import org.aden.game.character.CharacterData;
import org.aden.game.character.CharacterMapper;
import org.aden.login.LoginConfig;
import org.aden.login.LoginServer;
import org.aden.tools.client.game.GameConnection;
import org.aden.tools.client.game.GameConnection.LoginRefused;
import org.aden.tools.client.game.GameServerPackets.CharInfo;
import org.aden.tools.client.game.WorldClient;
import org.aden.tools.client.game.WorldPackets;
import org.aden.tools.client.login.LoginClient;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The game server's database stalls (mariadbd stopped with SIGSTOP, longer than the pool timeout) while characters
 * log out: their saves are kept and written once it resumes, or kept in the journal when the server stops meanwhile
 * and written by the next start; a login during the stall is refused at once with "system error".
 */
class DatabaseOutageTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static final String SECRET = "outage-secret";
    static final Duration WAIT = Duration.ofSeconds(10);
    /** Short, so that a stall of a few seconds is "longer than the pool timeout". */
    static final Duration POOL_TIMEOUT = Duration.ofSeconds(2);

    static final Path JOURNAL = Path.of(
            "target", "outage-test", "save-journal-" + ProcessHandle.current().pid());
    static Database loginDb;
    static Database gameDb;
    static LoginServer login;
    static GameServer game;

    /** What DatabaseHealth logs (the outage must be one line when it starts and one when it ends). */
    static final List<String> HEALTH_LINES = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        var capture =
                new org.apache.logging.log4j.core.appender.AbstractAppender(
                        "outage-capture", null, null, true, org.apache.logging.log4j.core.config.Property.EMPTY_ARRAY) {
                    @Override
                    public void append(org.apache.logging.log4j.core.LogEvent e) {
                        HEALTH_LINES.add(e.getMessage().getFormattedMessage());
                    }
                };
        capture.start();
        ((org.apache.logging.log4j.core.Logger)
                        org.apache.logging.log4j.LogManager.getLogger(org.aden.common.db.DatabaseHealth.class))
                .addAppender(capture);
        Files.deleteIfExists(JOURNAL);
        loginDb = Database.open(
                db.newSchema().withTimeouts(POOL_TIMEOUT, Duration.ofSeconds(3)),
                "classpath:db/login",
                LoginServer.MAPPERS);
        gameDb = Database.open(
                db.newSchema().withTimeouts(POOL_TIMEOUT, Duration.ofSeconds(3)),
                "classpath:db/game",
                GameServer.MAPPERS);
        login = new LoginServer(
                LoginConfig.from(ConfigLoader.load(
                        null,
                        LoginConfig.SPEC,
                        Map.of(),
                        Map.of(
                                "login.client.host", "127.0.0.1",
                                "login.client.port", "0",
                                "login.link.port", "0",
                                "login.link.secret", SECRET,
                                "login.auto-create", "true",
                                "login.bcrypt-cost", "4",
                                "login.rsa-pool-size", "2"))),
                loginDb);
        login.start();
        game = startGame();
    }

    static GameServer startGame() throws InterruptedException {
        Map<String, String> o = new HashMap<>(Map.of(
                "game.host", "127.0.0.1",
                "game.port", "0",
                "game.server-id", "1",
                "game.login.port", Integer.toString(login.linkPort()),
                "game.login.secret", SECRET,
                "game.datapack", WorldEndToEndTest.datapack().toString(),
                "game.world.linger", "1s",
                "game.world.spawn-npcs", "false",
                "game.save-journal", JOURNAL.toString()));
        GameServer g = new GameServer(GameConfig.from(ConfigLoader.load(null, GameConfig.SPEC, Map.of(), o)), gameDb);
        g.start();
        assertTrue(g.link().awaitConnected(WAIT), "game server registers");
        return g;
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {game, login, gameDb, loginDb}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // best effort
            }
        }
    }

    static SessionKey keys(String account) throws IOException {
        try (LoginClient c = LoginClient.connect("127.0.0.1", login.clientPort())) {
            assertTrue(c.login(account, "secret12").ok(), "login of " + account);
            c.serverList();
            assertTrue(c.requestServerLogin(1).ok(), "PlayOk");
            return c.sessionKey();
        }
    }

    static WorldClient enter(String account, String name) throws IOException {
        SessionKey k = keys(account);
        GameConnection c = GameConnection.connect("127.0.0.1", game.port());
        c.protocolVersion(746);
        List<CharInfo> chars = c.authLogin(account, k);
        if (chars.isEmpty()) {
            assertTrue(c.createCharacter(name, 0, 0, 0, 0, 0, 0).ok(), "character created");
        }
        c.select(0);
        return WorldClient.enter(c, true, null, WAIT);
    }

    /** Walks 150 units east and waits until the server has it there; returns the new x. */
    static int walkEast(WorldClient c) throws Exception {
        WorldPackets.Me me = c.me();
        int x = me.x() + 150;
        c.moveTo(x, me.y(), me.z());
        Thread.sleep(2500); // 150 units at 115/s
        return x;
    }

    static CharacterData stored(String account) {
        try (SqlSession s = gameDb.sqlSessionFactory().openSession()) {
            return s.getMapper(CharacterMapper.class).findByAccount(account).get(0);
        }
    }

    static void signal(ProcessHandle p, String sig) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + sig, Long.toString(p.pid()))
                .inheritIO()
                .start();
        assertEquals(0, kill.waitFor(), "kill -" + sig);
    }

    static boolean within(Duration d, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + d.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    @Test
    void aLogoutDuringAStallIsSavedWhenTheDatabaseResumesAndLoginsAreRefusedMeanwhile() throws Exception {
        SessionKey laterKeys = keys("stallb"); // issued before the stall: the login server has its own schema
        HEALTH_LINES.clear();
        int x;
        ProcessHandle mariadb = db.server().process();
        try (WorldClient a = enter("stalla", "Stalla")) {
            x = walkEast(a);
            signal(mariadb, "STOP");
            try {
                long t0 = System.nanoTime();
                assertTrue(a.logout(WAIT), "LeaveWorld at once: the world does not wait on the database");
                assertTrue(Duration.ofNanos(System.nanoTime() - t0).toMillis() < 1500, "logout answered at once");
                assertTrue(within(WAIT, () -> !gameDb.health().isUp()), "the stall is noticed");
                assertTrue(game.saveQueue().pending() > 0, "the save is kept");

                try (GameConnection b = GameConnection.connect("127.0.0.1", game.port())) {
                    b.protocolVersion(746);
                    long t1 = System.nanoTime();
                    LoginRefused refused = assertThrows(LoginRefused.class, () -> b.authLogin("stallb", laterKeys));
                    assertEquals(1, refused.reason(), "system error, log in later");
                    assertTrue(
                            Duration.ofNanos(System.nanoTime() - t1).toMillis() < 1500,
                            "refused at once, not after the pool timeout");
                    assertTrue(b.awaitClosedWithin(WAIT), "and closed");
                }
                // the login server (its schema is on the same stopped mariadbd) refuses at once and creates nothing
                assertTrue(within(WAIT, () -> !loginDb.health().isUp()), "the login server notices too");
                try (LoginClient c = LoginClient.connect("127.0.0.1", login.clientPort())) {
                    long t2 = System.nanoTime();
                    LoginClient.LoginResult r = c.login("stalld", "secret12");
                    assertEquals(LoginClient.LoginResult.Outcome.LOGIN_FAIL, r.outcome());
                    assertEquals(1, r.reason(), "system error");
                    assertTrue(Duration.ofNanos(System.nanoTime() - t2).toMillis() < 1500, "at once");
                }
                // longer than the pool timeout and the socket timeout: the first attempts have failed
                Thread.sleep(Math.max(
                        0,
                        3 * POOL_TIMEOUT.toMillis()
                                - Duration.ofNanos(System.nanoTime() - t0).toMillis()));
                assertTrue(game.saveQueue().failed() > 0, "writes were tried and failed during the stall");
            } finally {
                signal(mariadb, "CONT");
            }
        }
        assertTrue(within(Duration.ofSeconds(20), () -> gameDb.health().isUp()), "the database is back");
        assertTrue(within(Duration.ofSeconds(20), () -> game.saveQueue().pending() == 0), "the save is written");
        assertEquals(x, stored("stalla").x(), 2, "the position of the logout is stored");
        assertTrue(within(Duration.ofSeconds(20), () -> loginDb.health().isUp()), "the login server sees it back");
        String schema = gameDb.settings().jdbcUrl().replaceAll(".*/([^/?]+).*", "$1");
        assertEquals(
                1,
                HEALTH_LINES.stream()
                        .filter(l -> l.contains(schema + " is unreachable"))
                        .count(),
                "the outage is logged once, however many saves and probes failed: " + HEALTH_LINES);
        assertEquals(
                1,
                HEALTH_LINES.stream()
                        .filter(l -> l.contains(schema + " is back"))
                        .count(),
                "and its end once");
        try (var c = loginDb.dataSource().getConnection();
                var q = c.prepareStatement("SELECT COUNT(*) FROM accounts WHERE login = 'stalld'");
                var r = q.executeQuery()) {
            r.next();
            assertEquals(0, r.getInt(1), "no account was created for the login refused during the stall");
        }
        try (WorldClient a = enter("stalla", "Stalla")) {
            assertEquals(x, a.me().x(), 2, "and the character comes back there");
            assertTrue(a.logout(WAIT));
        }
    }

    @Test
    void savesTheDatabaseDidNotTakeBeforeAStopAreJournaledAndWrittenByTheNextStart() throws Exception {
        int x;
        ProcessHandle mariadb = db.server().process();
        try (WorldClient c = enter("stallc", "Stallc")) {
            x = walkEast(c);
            signal(mariadb, "STOP");
            try {
                assertTrue(c.logout(WAIT));
                game.close(); // the queued save cannot be written: it goes to the journal
                game = null;
                assertTrue(Files.isRegularFile(JOURNAL), "journal written at shutdown");
            } finally {
                signal(mariadb, "CONT");
            }
        }
        assertTrue(within(Duration.ofSeconds(20), () -> gameDb.health().probe()), "the database is back");
        game = startGame();
        assertFalse(Files.exists(JOURNAL), "the journal is replayed and removed before players are let in");
        assertEquals(x, stored("stallc").x(), 2, "the position of the logout is stored");
    }
}
