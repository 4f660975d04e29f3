package org.aden.tools.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;
import org.aden.tools.client.game.WorldClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Soak test: a login server and a game server as their own processes (as a host runs them) on an embedded
 * MariaDB, players who stay and play, and churners who connect, enter, walk and leave again — cleanly, by
 * dropping the connection, or halfway through the login — for as long as asked. Every sample forces a full GC in
 * both servers and reads the retained heap, the thread count, open file descriptors and resident memory, so a
 * leak shows as a slope; the end prints the samples and that slope per hour.
 */
@Command(
        name = "soak",
        mixinStandardHelpOptions = true,
        description = "Hours of churn and play against separate login and game server processes; heap and threads"
                + " sampled.")
public final class Soak implements Callable<Integer> {
    @Option(names = "--minutes", description = "How long to run (default ${DEFAULT-VALUE}).")
    int minutes = 60;

    @Option(names = "--players", description = "Bots that stay in the world and play (default ${DEFAULT-VALUE}).")
    int players = 100;

    @Option(
            names = "--churners",
            description = "Bots that connect, play a few seconds and leave, over and over (default ${DEFAULT-VALUE}).")
    int churners = 10;

    @Option(names = "--sample-seconds", description = "Seconds between two samples (default ${DEFAULT-VALUE}).")
    int sampleSeconds = 60;

    @Option(
            names = "--data-dir",
            description = "Folder for the database, logs and samples.csv; emptied first (default ${DEFAULT-VALUE}).")
    Path dataDir = Path.of("data/soak");

    @CommandLine.Mixin
    ShardOptions options = new ShardOptions();

    @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = 7;

    static final String PASSWORD = "soakpass1";

    /** One sample of both servers. */
    record Sample(
            long second,
            long loginHeap,
            int loginThreads,
            long loginFiles,
            long loginRss,
            long gameHeap,
            int gameThreads,
            long gameFiles,
            long gameRss,
            int online,
            double tickP99,
            double gameCpuPct,
            long sessions) {

        /** The columns of samples.csv, sizes in MiB. */
        Object[] values() {
            return new Object[] {
                second,
                loginHeap >> 20,
                loginThreads,
                loginFiles,
                loginRss >> 20,
                gameHeap >> 20,
                gameThreads,
                gameFiles,
                gameRss >> 20,
                online,
                tickP99,
                gameCpuPct,
                sessions
            };
        }
    }

    static final String CSV_ROW = "%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%.1f,%.0f,%d";
    static final String CONSOLE_ROW = "%5d s  login heap %4d MiB threads %3d fds %4d rss %4d MiB | game heap %4d MiB"
            + " threads %3d fds %4d rss %4d MiB online %4d tick p99 %5.1f ms cpu %3.0f%% | sessions %d";

    private final LongAdder sessions = new LongAdder();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Soak()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        try (ShardJvms shard = ShardJvms.start(
                options.home, dataDir.toAbsolutePath(), options.datapack, options.javaOpts, Soak::showErrors)) {
            return soak(shard);
        }
    }

    /** The servers' own log lines go to their files; errors are worth seeing here at once. */
    private static void showErrors(String line) {
        if (line.contains(" ERROR ") || line.contains("started in") || line.startsWith("Exception")) {
            System.out.println("  | " + line);
        }
    }

    private int soak(ShardJvms shard) throws Exception {
        ServerJvm login = shard.login();
        ServerJvm game = shard.game();
        BotLogin bots = new BotLogin("127.0.0.1", shard.loginPort(), 1, PASSWORD);
        bots.awaitServerUp(Duration.ofSeconds(60));
        List<Thread> threads = new ArrayList<>();
        Semaphore entering = new Semaphore(8);
        for (int i = 0; i < players; i++) {
            int n = i;
            threads.add(Thread.ofVirtual().name("player-" + n).start(() -> player(bots, n, entering)));
        }
        for (int i = 0; i < churners; i++) {
            int n = i;
            threads.add(Thread.ofVirtual().name("churner-" + n).start(() -> churner(bots, n)));
        }
        List<Sample> samples = new ArrayList<>();
        long t0 = System.nanoTime();
        long end = t0 + Duration.ofMinutes(minutes).toNanos();
        try (ServerProbe lp = new ServerProbe(shard.loginJmx(), login.pid());
                ServerProbe gp = new ServerProbe(shard.gameJmx(), game.pid());
                PrintWriter csv = new PrintWriter(
                        Files.newBufferedWriter(shard.dataDir().resolve("samples.csv"), StandardCharsets.UTF_8))) {
            csv.println("second,login_heap_mib,login_threads,login_fds,login_rss_mib,game_heap_mib,game_threads,"
                    + "game_fds,game_rss_mib,online,tick_p99_ms,game_cpu_pct,sessions");
            gp.resetTicks();
            long cpuBefore = gp.cpuNanos();
            long wallBefore = System.nanoTime();
            while (System.nanoTime() < end && login.isAlive() && game.isAlive()) {
                Thread.sleep(Math.min(sampleSeconds * 1000L, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                long cpu = gp.cpuNanos();
                long wall = System.nanoTime();
                double cpuPct = (cpu - cpuBefore) * 100.0 / Math.max(1, wall - wallBefore);
                cpuBefore = cpu;
                wallBefore = wall;
                double tick = gp.tickP99();
                gp.resetTicks();
                lp.collectGarbage();
                gp.collectGarbage();
                Sample s = new Sample(
                        (wall - t0) / 1_000_000_000,
                        lp.heapUsedBytes(),
                        lp.threadCount(),
                        lp.openFiles(),
                        lp.rssBytes(),
                        gp.heapUsedBytes(),
                        gp.threadCount(),
                        gp.openFiles(),
                        gp.rssBytes(),
                        gp.online(),
                        tick,
                        cpuPct,
                        sessions.sum());
                samples.add(s);
                csv.println(String.format(Locale.ROOT, CSV_ROW, s.values()));
                csv.flush();
                System.out.println(
                        String.format(Locale.ROOT, CONSOLE_ROW, s.values()) + ", failures " + failureCounts());
            }
        }
        boolean crashed = !login.isAlive() || !game.isAlive();
        stopping = true;
        for (Thread t : threads) {
            t.join(15_000);
        }
        summarize(samples, crashed);
        return crashed ? 2 : 0;
    }

    private Map<String, Long> failureCounts() {
        Map<String, Long> out = new java.util.TreeMap<>();
        failures.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    private void fail(String kind, Exception e) {
        if (!stopping) {
            if (failures.computeIfAbsent(kind, k -> new LongAdder()).sum() == 0) {
                System.out.println("first " + kind + " failure: " + e);
            }
            failures.get(kind).increment();
        }
    }

    /** A player who stays: enters once (again after a failure) and walks and chats until the end. */
    private void player(BotLogin bots, int n, Semaphore entering) {
        SplittableRandom rnd = new SplittableRandom(seed * 1000 + n);
        while (!stopping) {
            WorldClient c = null;
            try {
                entering.acquire();
                try {
                    c = bots.enter("soakp" + n, n);
                } finally {
                    entering.release();
                }
                sessions.increment();
                Walker w = new Walker(c, rnd);
                while (!stopping && !c.isClosed()) {
                    Thread.sleep(1500 + rnd.nextInt(3000));
                    w.step();
                    if (rnd.nextInt(10) == 0) {
                        c.say(0, "still here " + n);
                    }
                }
                if (stopping) {
                    c.logout(Duration.ofSeconds(5));
                } else {
                    fail("player-dropped", new IOException("the server closed a staying player's connection"));
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                fail("player", e);
                sleepQuietly(2000);
            } finally {
                closeQuietly(c);
            }
        }
    }

    /**
     * A churner: five accounts in turn (so an account whose character still lingers after a dropped connection is
     * not reused at once), each visit a few seconds long and ended one of three ways.
     */
    private void churner(BotLogin bots, int n) {
        SplittableRandom rnd = new SplittableRandom(seed * 7919 + n);
        int visit = 0;
        while (!stopping) {
            String account = "soakc" + n + "x" + (visit++ % 5);
            int ending = rnd.nextInt(20);
            WorldClient c = null;
            try {
                if (ending < 3) {
                    bots.connectAndAbandon(account, n); // gone between the character list and the world
                    sessions.increment();
                    continue;
                }
                c = bots.enter(account, n);
                sessions.increment();
                Walker w = new Walker(c, rnd);
                int legs = 1 + rnd.nextInt(3);
                for (int i = 0; i < legs && !stopping; i++) {
                    Thread.sleep(1000 + rnd.nextInt(2000));
                    w.step();
                }
                if (ending < 8) {
                    c.close(); // the connection drops: the character lingers, then leaves
                } else if (!c.logout(Duration.ofSeconds(10))) {
                    fail("logout", new IOException("no LeaveWorld answer for " + account));
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                fail("churn", e);
                sleepQuietly(1000);
            } finally {
                closeQuietly(c);
            }
        }
    }

    /** Short random legs around the start point. */
    private static final class Walker {
        private final WorldClient c;
        private final SplittableRandom rnd;
        private final int x0;
        private final int y0;
        private final int z0;

        Walker(WorldClient c, SplittableRandom rnd) {
            this.c = c;
            this.rnd = rnd;
            this.x0 = c.me().x();
            this.y0 = c.me().y();
            this.z0 = c.me().z();
        }

        void step() throws IOException {
            c.moveTo(x0 + rnd.nextInt(-800, 801), y0 + rnd.nextInt(-800, 801), z0);
        }
    }

    private void summarize(List<Sample> samples, boolean crashed) {
        if (samples.isEmpty()) {
            System.out.println("SUMMARY samples=0 crashed=" + crashed);
            return;
        }
        // the first sample is warm-up (classes loading, caches filling); the trend is read from the rest
        List<Sample> steady = samples.size() > 2 ? samples.subList(1, samples.size()) : samples;
        Sample first = steady.get(0);
        Sample last = steady.get(steady.size() - 1);
        System.out.printf(
                Locale.ROOT,
                "SUMMARY minutes=%d players=%d churners=%d sessions=%d failures=%d crashed=%b"
                        + " login_heap_mib_first=%d login_heap_mib_last=%d login_heap_mib_per_hour=%.1f"
                        + " login_threads_first=%d login_threads_last=%d login_threads_max=%d"
                        + " game_heap_mib_first=%d game_heap_mib_last=%d game_heap_mib_per_hour=%.1f"
                        + " game_threads_first=%d game_threads_last=%d game_threads_max=%d"
                        + " game_fds_first=%d game_fds_last=%d login_fds_last=%d tick_p99_ms_max=%.1f%n",
                minutes,
                players,
                churners,
                sessions.sum(),
                failureCounts().values().stream().mapToLong(Long::longValue).sum(),
                crashed,
                first.loginHeap() >> 20,
                last.loginHeap() >> 20,
                slopePerHour(steady, s -> s.loginHeap()) / (1 << 20),
                first.loginThreads(),
                last.loginThreads(),
                steady.stream().mapToInt(Sample::loginThreads).max().orElse(-1),
                first.gameHeap() >> 20,
                last.gameHeap() >> 20,
                slopePerHour(steady, s -> s.gameHeap()) / (1 << 20),
                first.gameThreads(),
                last.gameThreads(),
                steady.stream().mapToInt(Sample::gameThreads).max().orElse(-1),
                first.gameFiles(),
                last.gameFiles(),
                last.loginFiles(),
                steady.stream().mapToDouble(Sample::tickP99).max().orElse(-1));
    }

    /** Least-squares slope of a value over time, per hour. */
    static double slopePerHour(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> value) {
        int n = samples.size();
        if (n < 2) {
            return 0;
        }
        double mx = 0;
        double my = 0;
        for (Sample s : samples) {
            mx += s.second();
            my += value.applyAsDouble(s);
        }
        mx /= n;
        my /= n;
        double num = 0;
        double den = 0;
        for (Sample s : samples) {
            double dx = s.second() - mx;
            num += dx * (value.applyAsDouble(s) - my);
            den += dx * dx;
        }
        return den == 0 ? 0 : num / den * 3600;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(WorldClient c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // already closed by the server
            }
        }
    }
}
