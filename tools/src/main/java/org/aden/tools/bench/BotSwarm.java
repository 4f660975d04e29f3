package org.aden.tools.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.aden.tools.client.game.WorldClient;
import org.aden.tools.client.game.WorldPackets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Load test: N headless players log in through the login server, enter the world, walk randomly around
 * their starting town and chat now and then. Reports logins per second, move-broadcast latency (from a
 * bot's MoveBackwardToLocation to another bot receiving the MoveToLocation), and — through JMX — the
 * server's world tick times, CPU and memory.
 */
@Command(name = "bot-swarm", mixinStandardHelpOptions = true, description = "Headless bot swarm load test.")
public final class BotSwarm implements Callable<Integer> {
    @Option(names = "--bots", description = "Number of bots (default ${DEFAULT-VALUE}).")
    int bots = 100;

    @Option(
            names = "--duration",
            description = "Seconds of measurement once every bot is in (default ${DEFAULT-VALUE}).")
    int durationSeconds = 60;

    @Option(names = "--host", description = "Login server host (default ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--login-port", description = "Login server port (default ${DEFAULT-VALUE}).")
    int loginPort = 2106;

    @Option(
            names = "--game-port",
            description = "Game server port; 0 = as the server list says (default ${DEFAULT-VALUE}).")
    int gamePort = 0;

    @Option(names = "--server-id", description = "Game server id (default ${DEFAULT-VALUE}).")
    int serverId = 1;

    @Option(names = "--prefix", description = "Account and character name prefix (default ${DEFAULT-VALUE}).")
    String prefix = "bot";

    @Option(names = "--password", description = "Password of the bot accounts (default ${DEFAULT-VALUE}).")
    String password = "botpass1";

    @Option(names = "--concurrent-logins", description = "Logins in flight at once (default ${DEFAULT-VALUE}).")
    int concurrentLogins = 16;

    @Option(
            names = "--move-interval",
            description = "Mean milliseconds between two moves of a bot (default ${DEFAULT-VALUE}).")
    int moveIntervalMillis = 3000;

    @Option(
            names = "--chat-interval",
            description = "Mean milliseconds between two chat lines of a bot (default ${DEFAULT-VALUE}).")
    int chatIntervalMillis = 30000;

    @Option(
            names = "--roam",
            description = "How far from its start a bot wanders, in world units (default ${DEFAULT-VALUE}).")
    int roam = 4000;

    @Option(names = "--jmx", description = "host:port of the server's JMX agent, for tick times, CPU and heap.")
    String jmx;

    @Option(names = "--server-pid", description = "The server's pid, for its resident memory (/proc).")
    long serverPid;

    @Option(
            names = "--hold",
            description = "Seconds the bots stay in the world after the SUMMARY line, e.g. for a heap histogram "
                    + "of the server (default ${DEFAULT-VALUE}).")
    int holdSeconds = 0;

    @Option(
            names = "--hunt",
            description = "Bots hunt the monsters near their start (attack, loot, restart when dead) instead of "
                    + "walking and chatting; move latency is then not measured.")
    boolean hunt;

    @Option(
            names = "--hunt-radius",
            description = "How far from its start a hunting bot looks for prey (default ${DEFAULT-VALUE}).")
    int huntRadius = 3000;

    @Option(
            names = "--observe-every",
            description = "Only every Nth bot times the moves it receives (the others still read and decrypt "
                    + "everything), to take the lookups off the swarm's core (default ${DEFAULT-VALUE}: every bot).")
    int observeEvery = 1;

    @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = 42;

    /** Where the bots stand: each starting town in turn, or all in Talking Island (the human start). */
    enum Spread {
        town,
        one_town
    }

    @Option(
            names = "--spread",
            converter = SpreadConverter.class,
            description = "town: bots spread over the starting towns by class; one-town: every bot a human fighter "
                    + "in Talking Island, all in sight of each other (default town). Applies to characters created "
                    + "now: use a fresh --prefix.")
    Spread spread = Spread.town;

    static final class SpreadConverter implements CommandLine.ITypeConverter<Spread> {
        @Override
        public Spread convert(String value) {
            return Spread.valueOf(value.replace('-', '_'));
        }
    }

    private final LatencyHistogram moveLatency = new LatencyHistogram();
    /** (mover, destination) → when the mover sent it. */
    private final Map<Long, Long> pendingMoves = new ConcurrentHashMap<>();

    private final AtomicLong movesSent = new AtomicLong();
    private final AtomicLong chatsSent = new AtomicLong();
    private final AtomicLong packetsReceived = new AtomicLong();
    private final AtomicInteger failures = new AtomicInteger();
    private final HuntingBot.Tally huntTally = new HuntingBot.Tally();
    private BotLogin login;
    private volatile boolean measuring;
    private volatile boolean stopping;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BotSwarm()).execute(args));
    }

    private static long moveKey(int objectId, int x, int y) {
        return ((long) objectId << 32) ^ ((long) (x * 31 + y) & 0xFFFFFFFFL);
    }

    @Override
    public Integer call() throws Exception {
        login = new BotLogin(host, loginPort, gamePort, serverId, password);
        ServerProbe probe = jmx != null ? new ServerProbe(jmx, serverPid) : null;
        Semaphore logins = new Semaphore(concurrentLogins);
        CountDownLatch entered = new CountDownLatch(bots);
        AtomicInteger inWorld = new AtomicInteger();
        WorldClient[] clients = new WorldClient[bots];
        HuntingBot[] hunters = new HuntingBot[bots];
        long t0 = System.nanoTime();
        Thread[] threads = new Thread[bots];
        for (int i = 0; i < bots; i++) {
            int n = i;
            threads[i] = Thread.ofVirtual().name("bot-" + i).start(() -> {
                try {
                    logins.acquire();
                    try {
                        if (hunt) {
                            hunters[n] = new HuntingBot(huntTally, huntRadius);
                        }
                        clients[n] = enter(n, hunters[n]);
                        inWorld.incrementAndGet();
                    } finally {
                        logins.release();
                        entered.countDown();
                    }
                    if (clients[n] != null && hunters[n] != null) {
                        hunters[n].hunt(clients[n], new SplittableRandom(seed + n), () -> stopping);
                    } else if (clients[n] != null) {
                        play(clients[n], new SplittableRandom(seed + n));
                    }
                } catch (Exception e) {
                    if (!stopping) { // at the end, a bot between two requests finds its socket closed
                        failures.incrementAndGet();
                        System.err.println("bot " + n + ": " + e);
                    }
                }
            });
        }
        entered.await();
        double loginSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                "%d/%d bots in the world after %.1f s: %.1f logins/s (%d failed)%n",
                inWorld.get(), bots, loginSeconds, inWorld.get() / loginSeconds, failures.get());

        Thread.sleep(Math.min(10_000, moveIntervalMillis * 2L)); // settle: everyone walking
        moveLatency.reset();
        long cpu0 = probe != null ? probe.cpuNanos() : 0;
        if (probe != null) {
            probe.resetTicks();
        }
        long ownCpu0 = ownCpuNanos();
        long w0 = System.nanoTime();
        long moves0 = movesSent.get();
        long recv0 = packetsReceived.get();
        long kills0 = huntTally.kills.get();
        long attacks0 = huntTally.attacks.get();
        long pickups0 = huntTally.pickups.get();
        long deaths0 = huntTally.deaths.get();
        measuring = true;
        long heapPeak = 0;
        long rssPeak = 0;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(durationSeconds);
        while (System.nanoTime() < end) {
            Thread.sleep(1000);
            if (probe != null) {
                heapPeak = Math.max(heapPeak, probe.heapUsedBytes());
                rssPeak = Math.max(rssPeak, probe.rssBytes());
            }
        }
        measuring = false;
        double serverCpuPct = -1;
        double wall = (System.nanoTime() - w0) / 1e9;
        System.out.printf(
                "measured %.0f s: %d moves sent (%.0f/s), %d packets received (%.0f/s), %d chat lines%n",
                wall,
                movesSent.get() - moves0,
                (movesSent.get() - moves0) / wall,
                packetsReceived.get() - recv0,
                (packetsReceived.get() - recv0) / wall,
                chatsSent.get());
        long kills = huntTally.kills.get() - kills0;
        if (hunt) {
            System.out.printf(
                    "hunting: %d attacks started, %d kills (%.1f/s), %d pick-ups, %d deaths, %d targets given up%n",
                    huntTally.attacks.get() - attacks0,
                    kills,
                    kills / wall,
                    huntTally.pickups.get() - pickups0,
                    huntTally.deaths.get() - deaths0,
                    huntTally.giveUps.get());
        }
        System.out.printf(
                "move broadcast latency: p50 %.1f ms, p99 %.1f ms (%d samples)%n",
                moveLatency.percentileMillis(50), moveLatency.percentileMillis(99), moveLatency.count());
        if (probe != null) {
            double cpu = (probe.cpuNanos() - cpu0) / 1e9 / wall;
            serverCpuPct = cpu * 100;
            System.out.printf(
                    "server: online %d, world tick p50 %.2f ms, p99 %.2f ms, max %.2f ms (world thread CPU "
                            + "per tick p50 %.2f ms, p99 %.2f ms); process CPU %.0f%% of one core; heap peak %d MiB; "
                            + "RSS peak %s%n",
                    probe.online(),
                    probe.tickP50(),
                    probe.tickP99(),
                    probe.tickMax(),
                    probe.tickCpuP50(),
                    probe.tickCpuP99(),
                    cpu * 100,
                    heapPeak >> 20,
                    rssPeak > 0 ? (rssPeak >> 20) + " MiB" : "n/a");
            System.out.printf(
                    "server outbound queue lag: p99 %.1f ms, max %.1f ms%n",
                    probe.outboundLagP99(), probe.outboundLagMax());
            System.out.printf(
                    "this bot process: CPU %.0f%% of one core%n", (ownCpuNanos() - ownCpu0) / 1e9 / wall * 100);
        }
        // one machine-readable line for scripts and the README's table (keys stay stable)
        System.out.printf(
                java.util.Locale.ROOT,
                "SUMMARY bots=%d in_world=%d failed=%d spread=%s login_s=%.1f move_p50_ms=%.1f move_p99_ms=%.1f "
                        + "tick_p50_ms=%.2f tick_p99_ms=%.2f tick_max_ms=%.2f server_cpu_pct=%.0f swarm_cpu_pct=%.0f "
                        + "rss_peak_mib=%d packets_per_s=%.0f hunt=%b kills_per_s=%.2f%n",
                bots,
                inWorld.get(),
                failures.get(),
                spread.name().replace('_', '-'),
                loginSeconds,
                moveLatency.count() > 0 ? moveLatency.percentileMillis(50) : -1,
                moveLatency.count() > 0 ? moveLatency.percentileMillis(99) : -1,
                probe != null ? probe.tickP50() : -1,
                probe != null ? probe.tickP99() : -1,
                probe != null ? probe.tickMax() : -1,
                serverCpuPct,
                (ownCpuNanos() - ownCpu0) / 1e9 / wall * 100,
                rssPeak >> 20,
                (packetsReceived.get() - recv0) / wall,
                hunt,
                kills / wall);
        System.out.flush();
        Thread.sleep(holdSeconds * 1000L);
        stopping = true;
        // every bot logs out at once: one after the other, a busy server made this take minutes
        Thread[] leaving = new Thread[bots];
        for (int i = 0; i < bots; i++) {
            WorldClient c = clients[i];
            if (c != null) {
                leaving[i] = Thread.ofVirtual().start(() -> {
                    try {
                        c.logout(Duration.ofSeconds(5));
                        c.close();
                    } catch (IOException e) {
                        // the server may already have closed it
                    }
                });
            }
        }
        for (Thread t : leaving) {
            if (t != null) {
                t.join(10_000);
            }
        }
        for (Thread t : threads) {
            t.join(10_000);
        }
        if (probe != null) {
            probe.close();
        }
        return failures.get() == 0 ? 0 : 1;
    }

    private static long ownCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean s ? s.getProcessCpuTime() : 0;
    }

    private WorldClient enter(int n, HuntingBot hunter) throws IOException {
        java.util.function.Consumer<byte[]> listener =
                n % Math.max(1, observeEvery) == 0 ? this::onPacket : b -> packetsReceived.incrementAndGet();
        if (hunter != null) {
            java.util.function.Consumer<byte[]> counted = listener;
            listener = b -> {
                counted.accept(b);
                hunter.onPacket(b);
            };
        }
        return login.enter(prefix + n, n, spread == Spread.one_town ? 0 : n, listener);
    }

    private void onPacket(byte[] b) {
        packetsReceived.incrementAndGet();
        if (WorldPackets.opcode(b) == WorldPackets.MOVE_TO_LOCATION && measuring) {
            WorldPackets.Move m = WorldPackets.move(b);
            Long sent = pendingMoves.get(moveKey(m.objectId(), m.destX(), m.destY()));
            if (sent != null) {
                moveLatency.recordNanos(System.nanoTime() - sent);
            }
        }
    }

    private void play(WorldClient c, SplittableRandom rnd) throws IOException, InterruptedException {
        WorldPackets.Me start = c.me();
        int x = start.x();
        int y = start.y();
        long nextChat = System.currentTimeMillis() + rnd.nextInt(Math.max(1, chatIntervalMillis));
        while (!stopping && !c.isClosed()) {
            Thread.sleep(moveIntervalMillis / 2 + rnd.nextInt(Math.max(1, moveIntervalMillis)));
            if (stopping) {
                return;
            }
            // a short random leg, kept within the roaming radius of the start point
            int nx = clamp(x + rnd.nextInt(-600, 601), start.x(), roam);
            int ny = clamp(y + rnd.nextInt(-600, 601), start.y(), roam);
            long key = moveKey(start.objectId(), nx, ny);
            pendingMoves.put(key, System.nanoTime());
            c.moveTo(nx, ny, start.z());
            movesSent.incrementAndGet();
            x = nx;
            y = ny;
            if (pendingMoves.size() > 200_000) {
                pendingMoves.clear();
            }
            if (System.currentTimeMillis() >= nextChat) {
                c.say(0, "hello from " + start.name());
                chatsSent.incrementAndGet();
                nextChat = System.currentTimeMillis()
                        + chatIntervalMillis / 2
                        + rnd.nextInt(Math.max(1, chatIntervalMillis));
            }
        }
    }

    private static int clamp(int v, int center, int radius) {
        return Math.max(center - radius, Math.min(center + radius, v));
    }
}
