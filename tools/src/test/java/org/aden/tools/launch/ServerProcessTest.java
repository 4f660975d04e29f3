package org.aden.tools.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.aden.common.db.DatabaseSettings;
import org.aden.common.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A production process that cannot start says why in one line, on stderr and in its own log file. */
class ServerProcessTest {
    private static final Path ROOT =
            Path.of(System.getProperty("aden.root", "..")).toAbsolutePath().normalize();

    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    @TempDir
    Path tmp;

    record Result(int code, String stdout, String stderr, String log) {}

    private Result loginServer(Path config) throws Exception {
        Path logs = tmp.resolve("logs");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Daden.logs.dir=" + logs,
                        "-Dlog4j2.configurationFile=" + ROOT.resolve("config/log4j2.xml"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LoginServerMain.class.getName(),
                        config.toString())
                .redirectOutput(tmp.resolve("out.txt").toFile())
                .redirectError(tmp.resolve("err.txt").toFile())
                .start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the process stops");
        String stem = ServerProcess.logName("loginserver", config, Path.of("loginserver.properties"));
        Path log = logs.resolve(stem + ".log");
        return new Result(
                p.exitValue(),
                Files.readString(tmp.resolve("out.txt")),
                Files.readString(tmp.resolve("err.txt")),
                Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "");
    }

    private Path config(String name, String text) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void aTakenPortIsNamedInOneLineOnStderrAndInTheLogFile() throws Exception {
        DatabaseSettings s = db.newSchema();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Path cfg = config(
                    "login-eu.properties",
                    "login.client.host=127.0.0.1\nlogin.client.port=" + port + "\nlogin.link.port=0\n"
                            + "login.link.secret=own-secret\nlogin.rsa-pool-size=1\n"
                            + "db.url=" + s.jdbcUrl() + "\ndb.user=" + s.user() + "\ndb.password=" + s.password()
                            + "\n");
            Result r = loginServer(cfg);
            String line = "loginserver did not start: cannot listen for clients on 127.0.0.1:" + port
                    + " (login.client.port): Address already in use";
            assertEquals(1, r.code(), r.stderr());
            assertEquals(line, r.stderr().strip(), "one line, no stack trace");
            assertTrue(r.log().contains("ERROR") && r.log().contains(line), "in the log file too:\n" + r.log());
            assertEquals(
                    0,
                    r.stdout().lines().filter(l -> l.contains("did not start")).count(),
                    "the console shows the line once (stderr), not again from the log:\n" + r.stdout());
        }
    }

    @Test
    void theShippedLinkSecretAndAMissingFileAreRefused() throws Exception {
        Result secret = loginServer(config("loginserver.properties", "login.client.port=0\n"));
        assertEquals(2, secret.code(), secret.stderr());
        assertTrue(
                secret.stderr()
                        .strip()
                        .endsWith("loginserver.properties: login.link.secret is the shipped default 'aden-change-me':"
                                + " set a secret of your own (the same as game.login.secret on every game server)"),
                secret.stderr());

        Result missing = loginServer(tmp.resolve("nope.properties"));
        assertEquals(2, missing.code());
        assertEquals(
                "loginserver did not start: " + tmp.resolve("nope.properties") + ": no such file",
                missing.stderr().strip());
    }

    @Test
    void eachConfigGetsItsOwnLogFile() {
        assertEquals(
                "loginserver",
                ServerProcess.logName(
                        "loginserver",
                        Path.of("config/loginserver.properties"),
                        Path.of("config/loginserver.properties")));
        assertEquals(
                "loginserver-eu",
                ServerProcess.logName(
                        "loginserver", Path.of("/etc/aden/eu.properties"), Path.of("config/loginserver.properties")));
        assertEquals(
                "gameserver-2",
                ServerProcess.logName(
                        "gameserver", Path.of("gameserver-2.properties"), Path.of("config/gameserver.properties")));
    }
}
