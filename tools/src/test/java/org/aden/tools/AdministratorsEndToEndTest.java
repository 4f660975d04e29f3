package org.aden.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import org.aden.common.db.Database;
import org.aden.common.db.DatabaseSettings;
import org.aden.common.link.SessionKey;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameServer;
import org.aden.game.actor.Jail;
import org.aden.login.LoginServer;
import org.aden.login.account.AccountService;
import org.aden.login.account.PasswordHasher;
import org.aden.tools.cli.AdenCli;
import org.aden.tools.client.game.WorldClient;
import org.aden.tools.client.game.WorldPackets;
import org.aden.tools.client.login.LoginClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Administrators and their tools in a real shard: an account's access level reaches its characters (unless one
 * has its own, set with 'character access'), //ban kicks the player at once with the reason and keeps the account
 * out, //jail moves a character into the jail and keeps it there across logins.
 */
class AdministratorsEndToEndTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static final Duration WAIT = Duration.ofSeconds(10);
    static DatabaseSettings gameSchema;
    static Database loginDb;
    static Database gameDb;
    static LoginServer login;
    static GameServer game;
    static AccountService accounts;

    static TestShard shard;

    @BeforeAll
    static void start() throws Exception {
        shard = TestShard.start(db, Map.of(), Map.of());
        loginDb = shard.loginDb;
        gameSchema = shard.gameSchema;
        gameDb = shard.gameDb;
        login = shard.login;
        game = shard.game;
        accounts =
                new AccountService(loginDb.sqlSessionFactory(), new PasswordHasher(4), InstantSource.system(), false);
    }

    @AfterAll
    static void stop() {
        if (shard != null) {
            shard.close();
        }
    }

    static SessionKey keys(String account) throws IOException {
        return shard.keys(account);
    }

    static WorldClient enter(String account, String name) throws IOException {
        return shard.enter(account, name, WAIT);
    }

    /** The next system-window text after {@code mark}. */
    static String reply(WorldClient c, int mark) {
        byte[] m = c.awaitAfter(
                mark,
                p -> WorldPackets.opcode(p) == WorldPackets.SYSTEM_MESSAGE && WorldPackets.messageText(p) != null,
                WAIT);
        return m == null ? null : WorldPackets.messageText(m);
    }

    static int cli(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 4);
        all[args.length] = "--game-jdbc-url=" + gameSchema.jdbcUrl();
        all[args.length + 1] = "--db-user=" + gameSchema.user();
        all[args.length + 2] = "--db-password=" + gameSchema.password();
        all[args.length + 3] = "--config-dir="
                + Path.of(System.getProperty("aden.root", ".."), "config").toAbsolutePath();
        return AdenCli.run(all);
    }

    @Test
    void theAccountsLevelReachesItsCharactersUnlessOneHasItsOwn() throws Exception {
        assertTrue(
                accounts.create("chief", "secret12", 100)); // what 'account create --access 100' and run.sh --admin do
        try (WorldClient chief = enter("chief", "Chief")) {
            int mark = chief.mark();
            chief.adminCommand("online");
            String r = reply(chief, mark);
            assertNotNull(r);
            assertTrue(r.contains("online:"), "an administrator's //online is accepted: " + r);
            assertTrue(chief.logout(WAIT));
        }
        // one character of the administrator's account plays as a normal player
        assertEquals(0, cli("character", "access", "chief", "0"));
        try (WorldClient chief = enter("chief", "Chief")) {
            int mark = chief.mark();
            chief.adminCommand("online");
            String r = reply(chief, mark);
            assertTrue(r == null || !r.contains("online:"), "refused with its own level 0: " + r);
            assertTrue(chief.logout(WAIT));
        }
        assertEquals(0, cli("character", "access", "chief", "inherit"));
        assertEquals(1, cli("character", "access", "nobody", "1"), "no such character");
        try (WorldClient chief = enter("chief", "Chief")) {
            int mark = chief.mark();
            chief.adminCommand("online");
            assertTrue(reply(chief, mark).contains("online:"), "inherits the account's level again");
        }
    }

    @Test
    void banInGameKicksAtOnceWithTheReasonAndKeepsTheAccountOut() throws Exception {
        assertTrue(accounts.create("warden", "secret12", 1));
        try (WorldClient gm = enter("warden", "Warden");
                WorldClient cheater = enter("cheater", "Cheater")) {
            int mark = cheater.mark();
            gm.adminCommand("ban Cheater 12h speed hack");
            String told = reply(cheater, mark);
            assertNotNull(told, "the player is told why");
            assertTrue(told.startsWith("Your account is banned until "), told);
            assertTrue(told.endsWith(": speed hack"), told);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!cheater.isClosed() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(cheater.isClosed(), "and disconnected");
        }
        assertTrue(accounts.findBan("cheater").isPresent(), "the ban is kept by the login server");
        try (LoginClient c = LoginClient.connect("127.0.0.1", login.clientPort())) {
            assertEquals(0x08, c.login("cheater", "secret12").reason(), "a 12-hour ban: the generic message");
        }
    }

    @Test
    void jailHoldsACharacterAcrossLoginsUntilUnjail() throws Exception {
        assertTrue(accounts.create("jailer", "secret12", 1));
        try (WorldClient gm = enter("jailer", "Jailer");
                WorldClient rowdy = enter("rowdy", "Rowdy")) {
            int mark = rowdy.mark();
            gm.adminCommand("jail Rowdy");
            byte[] tp = rowdy.awaitAfter(mark, p -> WorldPackets.opcode(p) == WorldPackets.TELEPORT_TO_LOCATION, WAIT);
            assertNotNull(tp, "teleported into the jail");
            assertTrue(rowdy.logout(WAIT));
        }
        try (WorldClient rowdy = enter("rowdy", "Rowdy")) {
            assertEquals(Jail.X, rowdy.me().x(), "still in jail after a relog");
            assertEquals(Jail.Y, rowdy.me().y());
            int mark = rowdy.mark();
            rowdy.adminCommand("online");
            String r = reply(rowdy, mark);
            assertTrue(r == null || !r.contains("online:"), "a jailed character has no GM commands");
        }
        try (WorldClient gm = enter("jailer", "Jailer");
                WorldClient rowdy = enter("rowdy", "Rowdy")) {
            int mark = rowdy.mark();
            gm.adminCommand("unjail Rowdy");
            assertNotNull(
                    rowdy.awaitAfter(mark, p -> WorldPackets.opcode(p) == WorldPackets.TELEPORT_TO_LOCATION, WAIT));
            assertTrue(rowdy.logout(WAIT));
        }
        try (WorldClient rowdy = enter("rowdy", "Rowdy")) {
            assertEquals(Jail.RELEASE_X, rowdy.me().x(), "free after //unjail");
        }
    }
}
