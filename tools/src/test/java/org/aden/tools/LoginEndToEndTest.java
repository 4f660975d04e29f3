package org.aden.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.aden.common.config.ConfigLoader;
import org.aden.common.db.Database;
import org.aden.common.link.GameServerStatus;
import org.aden.common.link.LoginLinkClient;
import org.aden.common.link.SessionKey;
import org.aden.common.testing.TestDatabase;
import org.aden.login.LoginConfig;
import org.aden.login.LoginServer;
import org.aden.login.ban.IpBan;
import org.aden.login.ban.IpBanMapper;
import org.aden.tools.client.login.LoginClient;
import org.aden.tools.client.login.LoginClient.LoginResult;
import org.aden.tools.client.login.LoginClient.LoginResult.Outcome;
import org.aden.tools.client.login.LoginClient.PlayResult;
import org.aden.tools.client.login.LoginClient.ServerInfo;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The headless client against a real LoginServer on loopback, a real game-server link registration and embedded
 * MariaDB. Every test uses its own account names, so they share one server.
 */
class LoginEndToEndTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static final String SECRET = "e2e-secret";
    static Database database;
    static LoginServer login;
    static LoginLinkClient game;
    static final BlockingQueue<String> kicks = new LinkedBlockingQueue<>();

    static LoginServer startServer(Map<String, String> extra) throws IOException {
        return startServer(database, extra);
    }

    static LoginServer startServer(Database database, Map<String, String> extra) throws IOException {
        Map<String, String> o = new HashMap<>(Map.of(
                "login.client.host",
                "127.0.0.1",
                "login.client.port",
                "0",
                "login.link.port",
                "0",
                "login.link.secret",
                SECRET,
                "login.auto-create",
                "true",
                "login.bcrypt-cost",
                "4",
                "login.rsa-pool-size",
                "2",
                "login.flood.connections-per-second",
                "1000",
                "login.flood.max-concurrent",
                "1000"));
        o.put("login.client.max-bad-packets", "3");
        o.putAll(extra);
        LoginServer s =
                new LoginServer(LoginConfig.from(ConfigLoader.load(null, LoginConfig.SPEC, Map.of(), o)), database);
        s.start();
        return s;
    }

    static LoginLinkClient link(LoginServer s, int id, String secret, BlockingQueue<String> kickSink) {
        var settings = LoginLinkClient.Settings.of("127.0.0.1", s.linkPort(), id, secret, "127.0.0.1", 7777)
                .withBackoff(Duration.ofMillis(50), Duration.ofMillis(500));
        return new LoginLinkClient(
                settings, new GameServerStatus(true, 0, 500, 15, true, 0x01, false, false), kickSink::add);
    }

    @BeforeAll
    static void start() throws Exception {
        database = Database.open(db.newSchema(), "classpath:db/login", LoginServer.MAPPERS);
        login = startServer(Map.of());
        game = link(login, 1, SECRET, kicks);
        game.start();
        assertTrue(game.awaitConnected(Duration.ofSeconds(10)), "game server link registers");
    }

    @AfterAll
    static void stop() {
        if (game != null) {
            game.close();
        }
        if (login != null) {
            login.close();
        }
        if (database != null) {
            database.close();
        }
    }

    static LoginClient connect() throws IOException {
        return connect(login);
    }

    static LoginClient connect(LoginServer s) throws IOException {
        return LoginClient.connect("127.0.0.1", s.clientPort());
    }

    @Test
    void initCarriesRevisionAndAnUnscrambledOddModulus() throws Exception {
        try (LoginClient c = connect()) {
            assertEquals(0x0000C621, c.init().protocolRevision());
            assertEquals(1024, c.init().rsaModulus().bitLength());
            assertTrue(c.init().rsaModulus().testBit(0), "a real RSA modulus is odd");
        }
    }

    @Test
    void autoCreatedAccountLogsInSeesTheServerAndGetsAOneTimeKey() throws Exception {
        SessionKey keys;
        try (LoginClient c = connect()) {
            LoginResult r = c.login("Newbie", "pass1234");
            assertEquals(Outcome.OK, r.outcome());
            var list = c.serverList();
            ServerInfo s1 =
                    list.servers().stream().filter(s -> s.id() == 1).findFirst().orElseThrow();
            assertEquals("127.0.0.1", s1.address());
            assertEquals(7777, s1.port());
            assertEquals(500, s1.maxPlayers());
            assertEquals(15, s1.ageLimit());
            assertTrue(s1.pvp());
            assertTrue(s1.up());
            assertEquals(0x01, s1.serverType());
            assertEquals(0, list.lastServerId());
            PlayResult p = c.requestServerLogin(1);
            assertTrue(p.ok());
            keys = c.sessionKey();
        }
        assertTrue(login.accounts().find("newbie").isPresent(), "account created on first login");
        assertFalse(
                game.verifySession(
                                "newbie",
                                new SessionKey(keys.loginOk1(), keys.loginOk2(), keys.playOk1(), keys.playOk2() + 1))
                        .get(5, TimeUnit.SECONDS),
                "a wrong key is refused");
        assertTrue(game.verifySession("Newbie", keys).get(5, TimeUnit.SECONDS), "the issued key is accepted");
        assertFalse(game.verifySession("newbie", keys).get(5, TimeUnit.SECONDS), "and only once");

        try (LoginClient c = connect()) {
            assertTrue(c.login("newbie", "pass1234").ok());
            assertEquals(1, c.serverList().lastServerId(), "last server remembered");
        }
    }

    @Test
    void wrongPasswordAndUnknownAccountGetTheWrongPasswordReason() throws Exception {
        login.accounts().create("known", "rightpass", 0);
        try (LoginClient c = connect()) {
            LoginResult r = c.login("known", "wrongpass");
            assertEquals(Outcome.LOGIN_FAIL, r.outcome());
            assertEquals(0x02, r.reason());
            assertTrue(c.awaitClosed());
        }
        try (LoginClient c = connect()) {
            LoginResult r = c.login("x", "pass1234"); // too short a name: never auto-created
            assertEquals(0x02, r.reason());
        }
    }

    @Test
    void bannedAccountIsKicked() throws Exception {
        login.accounts().create("villain", "pass1234", 0);
        login.accounts().ban("villain", "botting", null);
        try (LoginClient c = connect()) {
            LoginResult r = c.login("villain", "pass1234");
            assertEquals(Outcome.ACCOUNT_KICKED, r.outcome());
            assertEquals(0x20, r.reason());
        }
        login.accounts().ban("villain", "cooling off", Instant.now().plus(Duration.ofDays(7)));
        try (LoginClient c = connect()) {
            assertEquals(
                    0x10, c.login("villain", "pass1234").reason(), "a week's ban is the client's 7-day suspension");
        }
        login.accounts().ban("villain", "cooling off", Instant.now().plusSeconds(3600));
        try (LoginClient c = connect()) {
            assertEquals(0x08, c.login("villain", "pass1234").reason(), "any other timed ban is the generic message");
        }
        login.accounts().ban("villain", "expired", Instant.now().minusSeconds(1));
        try (LoginClient c = connect()) {
            assertTrue(c.login("villain", "pass1234").ok(), "an expired ban no longer applies");
        }
    }

    @Test
    void ipBanRefusesUntilLifted() throws Exception {
        LoginServer s = startServer(Map.of());
        try {
            try (SqlSession session = database.sqlSessionFactory().openSession(true)) {
                session.getMapper(IpBanMapper.class).upsert(new IpBan("127.0.0.0/8", "test", null, Instant.now()));
            }
            s.reloadIpBans();
            try (LoginClient c = connect(s)) {
                LoginResult r = c.login("anyone", "pass1234");
                assertEquals(Outcome.LOGIN_FAIL, r.outcome());
                assertEquals(0x06, r.reason());
            }
        } finally {
            try (SqlSession session = database.sqlSessionFactory().openSession(true)) {
                session.getMapper(IpBanMapper.class).delete("127.0.0.0/8");
            }
            s.reloadIpBans();
        }
        try (LoginClient c = connect(s)) {
            assertTrue(c.login("anyone", "pass1234").ok());
        } finally {
            s.close();
        }
    }

    @Test
    void bruteForceBlocksEvenTheRightPassword() throws Exception {
        try (LoginServer s = startServer(Map.of("login.brute-force.max-failures-per-account", "3"))) {
            s.accounts().create("target", "correct1", 0);
            for (int i = 0; i < 3; i++) {
                try (LoginClient c = connect(s)) {
                    assertEquals(0x02, c.login("target", "guess" + i).reason());
                }
            }
            try (LoginClient c = connect(s)) {
                LoginResult r = c.login("target", "correct1");
                assertEquals(Outcome.LOGIN_FAIL, r.outcome());
                assertEquals(0x04, r.reason(), "blocked: access failed, try later");
            }
        }
        try (LoginClient c = connect()) {
            assertTrue(c.login("target", "correct1").ok(), "the block belongs to that server's guard only");
        }
    }

    @Test
    void connectionFloodIsRefused() throws Exception {
        try (LoginServer s = startServer(Map.of("login.flood.max-concurrent", "2"));
                LoginClient a = connect(s);
                LoginClient b = connect(s)) {
            assertThrows(IOException.class, () -> connect(s).close(), "third concurrent connection gets no Init");
            assertNotNull(a.init());
            assertNotNull(b.init());
        }
    }

    @Test
    void playFailWhenTheGameServerIsDown() throws Exception {
        try (LoginLinkClient second = link(login, 2, SECRET, new LinkedBlockingQueue<>())) {
            second.start();
            assertTrue(second.awaitConnected(Duration.ofSeconds(10)));
            try (LoginClient c = connect()) {
                assertTrue(c.login("downtest", "pass1234").ok());
                assertTrue(c.serverList().servers().stream().anyMatch(s -> s.id() == 2 && s.up()));
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (login.gameServers().get(2).orElseThrow().connected() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        try (LoginClient c = connect()) {
            assertTrue(c.login("downtest", "pass1234").ok());
            assertTrue(c.serverList().servers().stream().anyMatch(s -> s.id() == 2 && !s.up()), "shown down");
            PlayResult p = c.requestServerLogin(2);
            assertFalse(p.ok());
            assertEquals(0x06, p.failOpcode());
            assertEquals(0x0F, p.reason());
        }
    }

    @Test
    void statusReportsShowLiveAndFullOrGmOnlyServersRefusePlayers() throws Exception {
        try (LoginLinkClient third = link(login, 4, SECRET, new LinkedBlockingQueue<>())) {
            third.start();
            assertTrue(third.awaitConnected(Duration.ofSeconds(10)));
            third.updateStatus(new GameServerStatus(true, 7, 7, 18, false, 0x04, true, false));
            awaitStatus(4, 7);
            try (LoginClient c = connect()) {
                assertTrue(c.login("fullcheck", "pass1234").ok());
                ServerInfo s4 = c.serverList().servers().stream()
                        .filter(s -> s.id() == 4)
                        .findFirst()
                        .orElseThrow();
                assertEquals(7, s4.onlinePlayers());
                assertEquals(7, s4.maxPlayers());
                assertEquals(18, s4.ageLimit());
                assertEquals(0x04, s4.serverType());
                assertTrue(s4.showBrackets());
                PlayResult p = c.requestServerLogin(4);
                assertEquals(0x0F, p.reason(), "full");
            }
            third.updateStatus(new GameServerStatus(true, 0, 100, 0, false, 0x01, false, true));
            awaitStatus(4, 0);
            try (LoginClient c = connect()) {
                assertTrue(c.login("fullcheck", "pass1234").ok());
                assertFalse(
                        c.serverList().servers().stream()
                                .filter(s -> s.id() == 4)
                                .findFirst()
                                .orElseThrow()
                                .up(),
                        "GM-only servers show down to players");
                assertEquals(0x04, c.requestServerLogin(4).reason(), "access level too low");
            }
            login.accounts().create("gamemaster", "pass1234", 100);
            try (LoginClient c = connect()) {
                assertTrue(c.login("gamemaster", "pass1234").ok());
                assertTrue(c.serverList().servers().stream()
                        .filter(s -> s.id() == 4)
                        .findFirst()
                        .orElseThrow()
                        .up());
                assertTrue(c.requestServerLogin(4).ok(), "a GM may enter");
            }
        }
    }

    private static void awaitStatus(int id, int online) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (login.gameServers().get(id).orElseThrow().status().onlinePlayers() != online
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void tooManyOpenConnectionsMeansServerOverloaded() throws Exception {
        try (LoginServer s = startServer(Map.of("login.client.max-connections", "1"));
                LoginClient first = connect(s)) {
            try (LoginClient second = connect(s)) {
                assertEquals(0x0F, second.login("crowd", "pass1234").reason());
            }
            Thread.sleep(500); // let the server see the second connection close
            assertTrue(first.login("crowd", "pass1234").ok());
        }
    }

    @Test
    void maintenanceLetsOnlyGameMastersIn() throws Exception {
        try (LoginServer s = startServer(Map.of("login.maintenance", "true"))) {
            s.accounts().create("mplayer", "pass1234", 0);
            s.accounts().create("mgm", "pass1234", 1);
            try (LoginClient c = connect(s)) {
                assertEquals(0x10, c.login("mplayer", "pass1234").reason());
            }
            try (LoginClient c = connect(s)) {
                assertTrue(c.login("mgm", "pass1234").ok());
            }
        }
    }

    @Test
    void secondLoginOfAnAccountInGameKicksIt() throws Exception {
        SessionKey keys;
        try (LoginClient c = connect()) {
            assertTrue(c.login("twice", "pass1234").ok());
            assertTrue(c.requestServerLogin(1).ok());
            keys = c.sessionKey();
        }
        assertTrue(game.verifySession("twice", keys).get(5, TimeUnit.SECONDS));
        game.playerEntered("twice");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (login.gameServers().whereIs("twice").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        try (LoginClient c = connect()) {
            LoginResult r = c.login("twice", "pass1234");
            assertEquals(Outcome.LOGIN_FAIL, r.outcome());
            assertEquals(0x07, r.reason());
        }
        assertEquals("twice", kicks.poll(5, TimeUnit.SECONDS), "the game server is told to kick the account");
        game.playerLeft("twice");
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (login.gameServers().whereIs("twice").isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        try (LoginClient c = connect()) {
            assertTrue(c.login("twice", "pass1234").ok(), "after the kick the account logs in again");
        }
    }

    @Test
    void twoLoginServerSessionsOfOneAccountAreBothRefused() throws Exception {
        try (LoginClient first = connect();
                LoginClient second = connect()) {
            assertTrue(first.login("dual", "pass1234").ok());
            LoginResult r = second.login("dual", "pass1234");
            assertEquals(Outcome.LOGIN_FAIL, r.outcome());
            assertEquals(0x07, r.reason(), "account in use");
            byte[] told = first.readPacket();
            assertEquals(0x01, told[0], "the first session is told too (REF)");
            assertEquals(0x07, told[1]);
            assertTrue(first.awaitClosed());
        }
        try (LoginClient again = connect()) {
            assertTrue(again.login("dual", "pass1234").ok());
        }
    }

    @Test
    void malformedAndOutOfStatePacketsAreDroppedAndTheServerKeepsServing() throws Exception {
        long before = login.droppedPackets();
        try (LoginClient bad = connect()) {
            // out of state: RequestServerLogin before any login is dropped, not answered, not fatal
            bad.sendPacket(new byte[] {0x02, 1, 2, 3, 4, 5, 6, 7, 8, 1});
            // then a normal login on the same connection still works
            assertTrue(bad.login("steady", "pass1234").ok());
        }
        try (LoginClient bad = connect()) {
            for (int i = 0; i < 3; i++) {
                bad.sendFrame(LoginClient.garbage(16)); // checksum fails
            }
            assertTrue(bad.awaitClosed(), "repeated malformed packets close that connection");
        }
        try (LoginClient bad = connect()) {
            bad.sendFrame(new byte[] {1, 2, 3}); // not a multiple of 8
            bad.sendPacket(new byte[] {0x05, 1, 2, 3, 4, 5, 6, 7, 8}); // RequestServerList before login: out of state
            bad.sendFrame(new byte[0]);
            assertTrue(bad.awaitClosed());
        }
        assertTrue(login.droppedPackets() >= before + 7);
        try (LoginClient good = connect()) {
            assertTrue(good.login("steady", "pass1234").ok(), "other clients are served as before");
            assertFalse(good.serverList().servers().isEmpty());
        }
    }

    @Test
    void sessionKeysMustMatchTheIssuedOnes() throws Exception {
        try (LoginClient c = connect()) {
            assertTrue(c.login("keycheck", "pass1234").ok());
            c.sendPacket(new byte[] {0x05, 9, 9, 9, 9, 9, 9, 9, 9});
            byte[] answer = c.readPacket();
            assertEquals(0x01, answer[0], "LoginFail");
            assertEquals(0x04, answer[1], "access failed");
            assertTrue(c.awaitClosed());
        }
    }

    @Test
    void wrongLinkSecretAndTakenIdAreRefused() throws Exception {
        try (LoginLinkClient wrong = link(login, 3, "not-the-secret", new LinkedBlockingQueue<>());
                LoginLinkClient dup = link(login, 1, SECRET, new LinkedBlockingQueue<>())) {
            wrong.start();
            dup.start();
            assertFalse(wrong.awaitConnected(Duration.ofMillis(700)));
            assertFalse(dup.awaitConnected(Duration.ofMillis(100)));
            assertTrue(login.gameServers().get(3).isEmpty());
            assertTrue(game.isConnected(), "the registered server keeps its link");
        }
    }
}
