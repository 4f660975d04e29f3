package org.aden.tools.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aden.common.link.SessionKey;
import org.aden.tools.client.game.GameConnection;
import org.aden.tools.client.game.WorldClient;
import org.aden.tools.client.login.LoginClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the built shard with ./run.sh exactly as a host does, stops it with SIGINT, starts it again. */
class RunScriptIT {
    private static final Path ROOT =
            Path.of(System.getProperty("aden.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    /**
     * Run under a build started in the background (`nohup mvn ... &`), run.sh would inherit SIGINT ignored, and a
     * shell cannot trap a signal ignored at its start: give it the default back, as a host's terminal does.
     */
    private static final List<String> DEFAULT_SIGNALS =
            envResetsSignals() ? List.of("env", "--default-signal=INT,TERM") : List.of();

    private static boolean envResetsSignals() {
        try {
            return new ProcessBuilder("env", "--default-signal=INT", "true")
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A running ./run.sh with its output collected line by line. */
    private static final class Run {
        final Process process;
        private Thread reader;
        final List<String> lines = new CopyOnWriteArrayList<>();

        Run(Path dataDir, Path configDir, String... extraArgs) throws IOException {
            List<String> command = new ArrayList<>(DEFAULT_SIGNALS);
            command.addAll(List.of(
                    ROOT.resolve("run.sh").toString(),
                    "--data-dir",
                    dataDir.toString(),
                    "--config-dir",
                    configDir.toString(),
                    "--login-port",
                    "0",
                    "--game-port",
                    "0",
                    "--link-port",
                    "0"));
            command.addAll(List.of(extraArgs));
            ProcessBuilder pb =
                    new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
            pb.environment().put("ADEN_NO_BUILD", "1");
            pb.environment().put("ADEN_JAVA_OPTS", "-Xmx512m");
            process = pb.start();
            reader = new Thread(() -> {
                try (BufferedReader r =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String l;
                    while ((l = r.readLine()) != null) {
                        lines.add(l);
                    }
                } catch (IOException ignored) {
                    // process ended
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        /** Waits for the reader to take the last lines of an ended process. */
        void drain() throws InterruptedException {
            reader.join(10_000);
        }

        boolean awaitLine(String regex, long seconds) throws InterruptedException {
            return awaitLines(regex, 1, seconds);
        }

        /** Waits until {@code count} lines match. */
        boolean awaitLines(String regex, int count, long seconds) throws InterruptedException {
            Pattern p = Pattern.compile(regex);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < end) {
                if (matching(p) >= count) {
                    return true;
                }
                if (!process.isAlive()) {
                    drain();
                    return matching(p) >= count;
                }
                Thread.sleep(100);
            }
            return false;
        }

        private long matching(Pattern p) {
            return lines.stream().filter(l -> p.matcher(l).find()).count();
        }

        int port(String regex) {
            Pattern p = Pattern.compile(regex);
            for (String l : lines.reversed()) { // the latest start's
                Matcher m = p.matcher(l);
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
            throw new AssertionError("no line matching " + regex + " in\n" + String.join("\n", lines));
        }

        String output() {
            return String.join("\n", lines);
        }
    }

    private static void assertListening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        } catch (IOException e) {
            fail("nothing listens on port " + port + ": " + e);
        }
    }

    private static int stopWithSigint(Run run) throws Exception {
        new ProcessBuilder("kill", "-INT", Long.toString(run.process.pid()))
                .start()
                .waitFor();
        if (!run.process.waitFor(30, TimeUnit.SECONDS)) {
            run.process.destroyForcibly();
            fail("SIGINT did not stop the shard within 30 s:\n" + run.output());
        }
        run.drain();
        return run.process.exitValue();
    }

    @Test
    void startsReadyStopsOnSigintAndStartsAgainOnTheSameData() throws Exception {
        Path data = tmp.resolve("data");
        Path config = ROOT.resolve("config");
        Run first = new Run(data, config);
        try {
            assertTrue(first.awaitLine("^ready$", 180), "no 'ready' within 180 s:\n" + first.output());
            assertListening(first.port("login +clients on port (\\d+)"));
            assertListening(first.port("game +clients on port (\\d+)"));
        } finally {
            assertEquals(0, stopWithSigint(first), first.output());
        }
        assertTrue(first.output().contains("Stopped in"), first.output());
        assertTrue(Files.isDirectory(data.resolve("mariadb").resolve("data")));

        Run second = new Run(data, config);
        try {
            assertTrue(second.awaitLine("^ready$", 180), "second start failed:\n" + second.output());
            // the schemas are there already: nothing is migrated twice
            assertTrue(second.output().contains("0 migration(s) applied"), second.output());
        } finally {
            assertEquals(0, stopWithSigint(second), second.output());
        }
    }

    @Test
    void aRestartFromTheGameComesBackByItselfUnderTheShippedLoop() throws Exception {
        Run run =
                new Run(tmp.resolve("data"), ROOT.resolve("config"), "--admin", "boss", "--admin-password", "secret12");
        try {
            assertTrue(run.awaitLine("^ready$", 180), "no 'ready' within 180 s:\n" + run.output());
            SessionKey key;
            try (LoginClient login = LoginClient.connect("127.0.0.1", run.port("login +clients on port (\\d+)"))) {
                assertTrue(login.login("boss", "secret12").ok(), run.output());
                login.serverList();
                assertTrue(login.requestServerLogin(1).ok(), "PlayOk");
                key = login.sessionKey();
            }
            GameConnection game = GameConnection.connect("127.0.0.1", run.port("game +clients on port (\\d+)"));
            game.protocolVersion(746);
            game.authLogin("boss", key);
            assertTrue(game.createCharacter("Boss", 0, 0, 0, 0, 0, 0).ok(), "character created");
            game.select(0);
            try (WorldClient boss = WorldClient.enter(game, true, null, Duration.ofSeconds(30))) {
                boss.adminCommand("restart 1");
                assertTrue(run.awaitLine("restart requested", 60), "the loop did not restart:\n" + run.output());
            }
            assertTrue(run.awaitLines("^ready$", 2, 240), "no second 'ready':\n" + run.output());
            assertTrue(run.process.isAlive(), run.output());
            assertListening(run.port("game +clients on port (\\d+)"));
            // the character saved by the restart is there after it
            try (LoginClient login = LoginClient.connect("127.0.0.1", run.port("login +clients on port (\\d+)"))) {
                assertTrue(login.login("boss", "secret12").ok(), run.output());
            }
        } finally {
            assertEquals(0, stopWithSigint(run), run.output());
        }
    }

    @Test
    void badConfigValueStopsWithOneLineNamingTheKey() throws Exception {
        Path config = tmp.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("loginserver.properties"), "# pool\ndb.pool-size=lots\n");
        Run run = new Run(tmp.resolve("data"), config);
        try {
            assertTrue(run.process.waitFor(60, TimeUnit.SECONDS), "did not stop on a bad config:\n" + run.output());
        } finally {
            run.process.destroyForcibly();
        }
        assertEquals(1, run.process.exitValue(), run.output());
        assertTrue(
                run.output()
                        .contains("loginserver.properties:2: key 'db.pool-size' has 'lots': "
                                + "expected an integer from 1 to 200"),
                run.output());
        assertTrue(run.lines.stream().filter(l -> l.contains("did not start")).count() == 1, run.output());
    }
}
