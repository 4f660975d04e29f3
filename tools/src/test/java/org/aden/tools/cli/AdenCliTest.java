package org.aden.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.aden.common.db.Database;
import org.aden.common.db.DatabaseSettings;
import org.aden.common.testing.TestDatabase;
import org.aden.login.LoginServer;
import org.aden.login.account.AccountService;
import org.aden.login.account.AuthResult;
import org.aden.login.account.PasswordHasher;
import org.aden.login.ban.IpBanService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The CLI against a real schema, checked through the login server's own services. */
class AdenCliTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    @TempDir
    static Path tmp;

    static Path emptyConfig() throws IOException {
        Path f = tmp.resolve("loginserver.properties");
        if (!Files.exists(f)) {
            Files.writeString(f, "# defaults\n");
        }
        return f;
    }

    @Test
    void accountAndIpBanCommandsChangeTheLoginDatabase() throws IOException {
        DatabaseSettings settings = db.newSchema();
        List<String> base = List.of(
                "--config",
                emptyConfig().toString(),
                "--jdbc-url",
                settings.jdbcUrl(),
                "--db-user",
                settings.user(),
                "--db-password=" + settings.password());
        assertEquals(0, cli(base, "account", "create", "Hero", "-p", "first1", "--access", "0"));
        assertEquals(1, cli(base, "account", "create", "hero", "-p", "again1"), "name taken, case-insensitive");
        assertEquals(2, cli(base, "account", "create", "bad name!", "-p", "first1"), "invalid name");

        try (Database d = Database.open(settings, "classpath:db/login", LoginServer.MAPPERS)) {
            AccountService accounts =
                    new AccountService(d.sqlSessionFactory(), new PasswordHasher(4), InstantSource.system(), false);
            assertInstanceOf(AuthResult.Success.class, accounts.authenticate("hero", "first1", "1.2.3.4"));

            assertEquals(0, cli(base, "account", "passwd", "hero", "-p", "second2"));
            assertInstanceOf(AuthResult.WrongCredentials.class, accounts.authenticate("hero", "first1", "1.2.3.4"));
            assertInstanceOf(AuthResult.Success.class, accounts.authenticate("hero", "second2", "1.2.3.4"));

            assertEquals(0, cli(base, "account", "access", "hero", "100"));
            assertEquals(100, accounts.find("hero").orElseThrow().accessLevel());

            assertEquals(0, cli(base, "account", "ban", "hero", "--reason", "rmt", "--for", "7d"));
            assertInstanceOf(AuthResult.Banned.class, accounts.authenticate("hero", "second2", "1.2.3.4"));
            assertEquals(0, cli(base, "account", "unban", "hero"));
            assertInstanceOf(AuthResult.Success.class, accounts.authenticate("hero", "second2", "1.2.3.4"));
            assertEquals(1, cli(base, "account", "ban", "nobody"));
            Output unban = capture(() -> cli(base, "account", "unban", "nobody"));
            assertEquals(1, unban.code());
            assertEquals("No account nobody", unban.err().strip(), "not 'is not banned'");
            Output notBanned = capture(() -> cli(base, "account", "unban", "hero"));
            assertEquals("Account hero is not banned", notBanned.err().strip());
            assertEquals(0, cli(base, "account", "list"));

            IpBanService ipBans = new IpBanService(d.sqlSessionFactory(), InstantSource.system());
            assertEquals(0, cli(base, "ipban", "add", "203.0.113.9/24", "--reason", "flood"));
            assertEquals(0, cli(base, "ipban", "add", "198.51.100.7"));
            assertEquals(2, cli(base, "ipban", "add", "not-an-ip"));
            List<String> stored =
                    new ArrayList<>(ipBans.list().stream().map(b -> b.address()).toList());
            assertEquals(List.of("198.51.100.7", "203.0.113.0/24"), stored);
            assertNull(ipBans.list().get(0).expiresAt());
            assertEquals(0, cli(base, "ipban", "list"));
            assertEquals(0, cli(base, "ipban", "remove", "203.0.113.0/24"));
            assertEquals(1, cli(base, "ipban", "remove", "203.0.113.0/24"));
            assertFalse(ipBans.list().isEmpty());
            assertTrue(ipBans.list().stream().noneMatch(b -> b.address().startsWith("203.")));
        }
    }

    @Test
    void helpOfASubcommandExitsZeroWithoutAskingForItsRequiredOptions() {
        Output help = capture(() -> AdenCli.run("account", "create", "--help"));
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("--data-dir"), help.out());
        assertEquals("", help.err());
    }

    @Test
    void anUnreachableDatabaseOrAMissingConfigFileIsOneLineWithoutAStackTrace() throws IOException {
        String config = emptyConfig().toString();
        Output down = capture(() -> AdenCli.run(
                "account",
                "list",
                "--config",
                config,
                "--jdbc-url",
                "jdbc:mariadb://127.0.0.1:1/aden_login?connectTimeout=2000",
                "--db-password=x"));
        assertEquals(3, down.code(), down.err());
        assertEquals(1, down.err().strip().lines().count(), down.err());
        assertTrue(down.err().startsWith("database not available: cannot connect to jdbc:mariadb://127.0.0.1:1/"));

        Output missing = capture(() -> AdenCli.run(
                "account", "list", "--config-dir", tmp.resolve("nope").toString()));
        assertEquals(2, missing.code(), missing.err());
        assertEquals(
                tmp.resolve("nope").resolve("loginserver.properties") + ": no such file",
                missing.err().strip());
    }

    record Output(int code, String out, String err) {}

    /** Runs a CLI call with stdout and stderr captured. */
    static synchronized Output capture(java.util.function.IntSupplier call) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = call.getAsInt();
            return new Output(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static int cli(List<String> base, String... args) {
        List<String> all = new ArrayList<>();
        // subcommand words first, then the shared database options they accept
        int words = 0;
        while (words < args.length && !args[words].startsWith("-") && words < 2) {
            all.add(args[words++]);
        }
        all.addAll(base);
        for (int i = words; i < args.length; i++) {
            all.add(args[i]);
        }
        return AdenCli.run(all.toArray(String[]::new));
    }
}
