package org.aden.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.aden.common.db.Database;
import org.aden.common.db.DatabaseSettings;
import org.aden.common.link.GameServerStatus;
import org.aden.common.link.LinkMessage.SubnetAddress;
import org.aden.common.link.LoginLinkClient;
import org.aden.common.link.SessionKey;
import org.aden.common.testing.TestDatabase;
import org.aden.login.LoginServer;
import org.aden.tools.cli.AdenCli;
import org.aden.tools.client.login.LoginClient;
import org.aden.tools.client.login.LoginClient.LoginResult;
import org.aden.tools.client.login.LoginClient.LoginResult.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bans take effect on players already in game (from the CLI, an IP ban, or an administrator in game through the
 * link), the client is told the ban that matches its length, accounts carry their access level to the game
 * server, and clients from different subnets are given different addresses for the same game server.
 */
class LoginBansAndAddressesTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    @TempDir
    static Path tmp;

    record Kick(String account, String reason) {}

    static DatabaseSettings settings;
    static Database database;
    static LoginServer login;
    static LoginLinkClient game;
    static final BlockingQueue<Kick> kicks = new LinkedBlockingQueue<>();

    @BeforeAll
    static void start() throws Exception {
        settings = db.newSchema();
        database = Database.open(settings, "classpath:db/login", LoginServer.MAPPERS);
        login = LoginEndToEndTest.startServer(database, Map.of("login.bans.check-interval", "200ms"));
        var s = LoginLinkClient.Settings.of(
                        "127.0.0.1", login.linkPort(), 1, LoginEndToEndTest.SECRET, "127.0.0.1", 7777)
                .withBackoff(Duration.ofMillis(50), Duration.ofMillis(500));
        game = new LoginLinkClient(s, new GameServerStatus(true, 0, 500, 0, false, 0x01, false, false), new Listener());
        game.start();
        assertTrue(game.awaitConnected(Duration.ofSeconds(10)));
    }

    static final class Listener implements LoginLinkClient.Listener {
        @Override
        public void kick(String account) {
            kick(account, "");
        }

        @Override
        public void kick(String account, String reason) {
            kicks.add(new Kick(account, reason));
        }
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

    /** Logs in through the login server and enters "the game" (verified by our link client); returns the level. */
    static OptionalInt enterGame(String account) throws Exception {
        SessionKey keys;
        try (LoginClient c = LoginClient.connect("127.0.0.1", login.clientPort())) {
            assertTrue(c.login(account, "pass1234").ok());
            assertTrue(c.requestServerLogin(1).ok());
            keys = c.sessionKey();
        }
        OptionalInt level = game.verify(account, keys).get(5, TimeUnit.SECONDS);
        assertTrue(level.isPresent(), "session verified");
        game.playerEntered(account);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (login.gameServers().whereIs(account).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return level;
    }

    static Kick awaitKick(String account) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            Kick k = kicks.poll(100, TimeUnit.MILLISECONDS);
            if (k != null && k.account().equals(account)) {
                return k;
            }
        }
        return null;
    }

    static int cli(String... args) throws Exception {
        Path config = tmp.resolve("loginserver.properties");
        if (!Files.exists(config)) {
            Files.writeString(config, "login.bcrypt-cost=4\n");
        }
        String[] all = new String[args.length + 6];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(
                new String[] {
                    "--config", config.toString(), "--jdbc-url", settings.jdbcUrl(), "--db-user", settings.user(),
                },
                0,
                all,
                args.length,
                6);
        String[] withPw = java.util.Arrays.copyOf(all, all.length + 1);
        withPw[all.length] = "--db-password=" + settings.password();
        return AdenCli.run(withPw);
    }

    @Test
    void aBanFromTheCliKicksThePlayerInGameAtOnceWithTheReason() throws Exception {
        enterGame("cliban");
        assertEquals(0, cli("account", "ban", "cliban", "--reason", "botting"));
        long t0 = System.nanoTime(); // the ban is in the database now
        Kick k = awaitKick("cliban");
        assertNotNull(k, "the game server is told to kick the banned account");
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(3), "within the check interval");
        assertEquals("Your account is banned permanently: botting", k.reason());
        game.playerLeft("cliban");
    }

    @Test
    void anIpBanKicksPlayersWhoLoggedInFromThatAddress() throws Exception {
        enterGame("ipbanned");
        assertEquals(0, cli("ipban", "add", "127.0.0.1", "--for", "1h", "--reason", "flood"));
        try {
            Kick k = awaitKick("ipbanned");
            assertNotNull(k);
            assertTrue(k.reason().startsWith("Your address is banned until "), k.reason());
            assertTrue(k.reason().endsWith(": flood"), k.reason());
        } finally {
            assertEquals(0, cli("ipban", "remove", "127.0.0.1"));
            login.reloadIpBans();
            game.playerLeft("ipbanned");
        }
    }

    @Test
    void anAdministratorsBanInGameIsStoredKicksAndTheClientSeesTheMatchingMessage() throws Exception {
        enterGame("gameban");
        assertTrue(game.banAccount("gameban", Duration.ofHours(12), "spam", "GM Bob"));
        Kick k = awaitKick("gameban");
        assertNotNull(k, "kicked at once");
        assertTrue(k.reason().startsWith("Your account is banned until "), k.reason());
        game.playerLeft("gameban");
        try (LoginClient c = LoginClient.connect("127.0.0.1", login.clientPort())) {
            LoginResult r = c.login("gameban", "pass1234");
            assertEquals(Outcome.ACCOUNT_KICKED, r.outcome());
            assertEquals(0x08, r.reason(), "12 hours: the generic message, not 'suspended for 7 days'");
        }
        assertEquals(0, cli("account", "ban", "gameban", "--for", "7d"));
        try (LoginClient c = LoginClient.connect("127.0.0.1", login.clientPort())) {
            assertEquals(0x10, c.login("gameban", "pass1234").reason(), "a week: 'suspended for 7 days'");
        }
        assertEquals(0, cli("account", "ban", "gameban"));
        try (LoginClient c = LoginClient.connect("127.0.0.1", login.clientPort())) {
            assertEquals(0x20, c.login("gameban", "pass1234").reason(), "permanently banned");
        }
    }

    @Test
    void theGameServerLearnsTheAccountsAccessLevel() throws Exception {
        try (LoginClient c = LoginClient.connect("127.0.0.1", login.clientPort())) {
            assertTrue(c.login("boss", "pass1234").ok()); // auto-created
        }
        assertEquals(0, cli("account", "access", "boss", "100"));
        assertEquals(OptionalInt.of(100), enterGame("boss"));
        game.playerLeft("boss");
    }

    @Test
    void clientsFromEachSubnetGetTheirOwnAddress() throws Exception {
        game.setSubnetAddresses(
                List.of(new SubnetAddress("127.0.0.2/32", "10.1.2.3"), new SubnetAddress("127.0.0.0/8", "127.0.0.1")));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        String lan = null;
        while (System.nanoTime() < deadline) {
            try (LoginClient c = LoginClient.connect("127.0.0.1", login.clientPort(), "127.0.0.2")) {
                assertTrue(c.login("lanplayer", "pass1234").ok());
                lan = c.serverList().servers().get(0).address();
            }
            if (lan.equals("10.1.2.3")) {
                break;
            }
            Thread.sleep(50);
        }
        assertEquals("10.1.2.3", lan, "a client from 127.0.0.2 is sent to its subnet's address");
        try (LoginClient c = LoginClient.connect("127.0.0.1", login.clientPort(), "127.0.0.3")) {
            assertTrue(c.login("otherplayer", "pass1234").ok());
            assertEquals("127.0.0.1", c.serverList().servers().get(0).address(), "the next rule that matches");
        }
        game.setSubnetAddresses(List.of());
    }
}
