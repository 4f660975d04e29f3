package org.aden.tools.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aden.common.db.Database;
import org.aden.common.db.DatabaseSettings;
import org.aden.common.db.EmbeddedMariaDb;
import org.aden.game.GameServer;
import org.aden.tools.standalone.ProcessMemory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Startup benchmark of the game server with the whole datapack: time from process start to its {@code ready} line
 * on an existing, already migrated database (an embedded MariaDB this tool starts and keeps running, as a host's
 * database server is), the game server's resident memory with no players, and the world tick times with every
 * spawn live and no players (read over JMX after a settling pause). Each start is a fresh JVM running
 * {@code GameServerMain}, as {@code bin/gameserver.sh} does.
 */
@Command(
        name = "startup-bench",
        mixinStandardHelpOptions = true,
        description = "Game server start time, memory and idle tick with the whole datapack.")
public final class StartupBench implements Callable<Integer> {
    @Option(names = "--datapack", description = "Datapack folder (default ${DEFAULT-VALUE}).")
    Path datapack = Path.of("datapack");

    @Option(names = "--config", description = "Game server config file (default ${DEFAULT-VALUE}).")
    Path config = Path.of("config/gameserver.properties");

    @Option(names = "--db-dir", description = "Embedded MariaDB folder, kept across runs (default ${DEFAULT-VALUE}).")
    Path dbDir = Path.of("data/startup-bench-mariadb");

    @Option(names = "--runs", description = "Timed starts (default ${DEFAULT-VALUE}).")
    int runs = 3;

    @Option(
            names = "--tick-seconds",
            description = "Seconds of idle world ticks measured in one more start (0: none; default ${DEFAULT-VALUE}).")
    int tickSeconds = 60;

    @Option(
            names = "--settle-seconds",
            description = "Pause after ready before ticks and memory are read (default ${DEFAULT-VALUE}).")
    int settleSeconds = 10;

    @Option(
            names = "--java-opts",
            description = "JVM options of the game server (default: bin/gameserver.sh's, ${DEFAULT-VALUE}).")
    String javaOpts = "-XX:+UseG1GC -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10";

    @Option(
            names = "--no-cds",
            description = "Without the class-data sharing bin/gameserver.sh ships (by default an archive in"
                    + " --cds-dir, made by one untimed start when missing).")
    boolean noCds;

    @Option(names = "--cds-dir", description = "Where the class-data archive is kept (default ${DEFAULT-VALUE}).")
    Path cdsDir = Path.of("data/startup-bench-cds");

    @Option(names = "--verbose", description = "Show every line the game server prints.")
    boolean verbose;

    @Option(
            names = "--nmt",
            description = "Print the JVM's native memory summary (jcmd) after the settling pause of each start.")
    boolean nmt;

    public static void main(String[] args) {
        System.exit(new CommandLine(new StartupBench()).execute(args));
    }

    /** @param cpuMillis CPU time the process used up to ready: on a shared host, what the start really costs */
    record Start(long readyMillis, long cpuMillis, long rssAtReady, long rssSettled) {}

    @Override
    public Integer call() throws Exception {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dbDir, 0)) {
            DatabaseSettings schema = db.settings("aden_game", 4);
            // the database exists and is migrated before anything is timed
            try (Database d = Database.open(schema, "classpath:db/game", GameServer.MAPPERS)) {
                System.out.println("Database ready: " + schema.jdbcUrl());
            }
            boolean warmUp = !java.nio.file.Files.isDirectory(datapack.resolve(".cache"));
            boolean cds = !noCds;
            if (cds) {
                java.nio.file.Files.createDirectories(cdsDir);
                Path archive = cdsDir.toAbsolutePath().resolve("gameserver.jsa");
                javaOpts = "-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=" + archive + " " + javaOpts;
                warmUp |= !java.nio.file.Files.isRegularFile(archive);
            }
            if (warmUp) {
                // what a host's first start after an install or a datapack change does once: not a restart's cost
                Start first = start(schema, -1, 0);
                System.out.printf(
                        "untimed first start (writes datapack/.cache%s): ready in %d ms (%d ms of CPU)%n",
                        cds ? " and the class-data archive" : "", first.readyMillis(), first.cpuMillis());
            }
            List<Start> starts = new ArrayList<>();
            for (int i = 1; i <= runs; i++) {
                Start s = start(schema, -1, 0);
                starts.add(s);
                System.out.printf(
                        "start %d: ready in %d ms (%d ms of CPU), RSS %d MiB at ready, %d MiB %d s later%n",
                        i, s.readyMillis(), s.cpuMillis(), s.rssAtReady() >> 20, s.rssSettled() >> 20, settleSeconds);
            }
            double[] ticks = null;
            Start tickRun = null;
            if (tickSeconds > 0) {
                int jmx = ServerJvm.freePort();
                ticks = new double[5];
                tickRun = start(schema, jmx, tickSeconds, ticks);
                System.out.printf(
                        "idle world, every spawn live, no players, %d s: tick p50 %.3f ms, p99 %.3f ms, max %.3f ms"
                                + " (world-thread CPU p99 %.3f ms); %d ticks; RSS %d MiB%n",
                        tickSeconds,
                        ticks[0],
                        ticks[1],
                        ticks[2],
                        ticks[3],
                        (long) ticks[4],
                        tickRun.rssSettled() >> 20);
            }
            long[] ready =
                    starts.stream().mapToLong(Start::readyMillis).sorted().toArray();
            long median = ready.length == 0 ? -1 : ready[ready.length / 2];
            long rss = starts.stream().mapToLong(Start::rssSettled).max().orElse(-1);
            long[] cpu = starts.stream().mapToLong(Start::cpuMillis).sorted().toArray();
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage();
            System.out.printf(
                    "SUMMARY runs=%d ready_ms_median=%d ready_ms_min=%d ready_ms_max=%d cpu_ms_median=%d rss_mib_max=%d"
                            + " tick_p50_ms=%.3f tick_p99_ms=%.3f tick_max_ms=%.3f tick_rss_mib=%d cores=%d load=%.1f"
                            + " java_opts=\"%s\"%n",
                    starts.size(),
                    median,
                    ready.length == 0 ? -1 : ready[0],
                    ready.length == 0 ? -1 : ready[ready.length - 1],
                    cpu.length == 0 ? -1 : cpu[cpu.length / 2],
                    rss >> 20,
                    ticks == null ? -1 : ticks[0],
                    ticks == null ? -1 : ticks[1],
                    ticks == null ? -1 : ticks[2],
                    tickRun == null ? -1 : tickRun.rssSettled() >> 20,
                    Runtime.getRuntime().availableProcessors(),
                    load,
                    javaOpts);
            return 0;
        }
    }

    private Start start(DatabaseSettings schema, int jmxPort, int tickWindow) throws Exception {
        return start(schema, jmxPort, tickWindow, null);
    }

    /** One game server process: started, timed to ready, measured, stopped with SIGTERM. */
    private Start start(DatabaseSettings schema, int jmxPort, int tickWindow, double[] ticks) throws Exception {
        Map<String, String> env = Map.of(
                "ADEN_DB_URL", schema.jdbcUrl(),
                "ADEN_DB_USER", schema.user(),
                "ADEN_DB_PASSWORD", schema.password(),
                "ADEN_GAME_DATAPACK", datapack.toAbsolutePath().toString(),
                "ADEN_GAME_PORT", "0",
                "ADEN_GAME_LOGIN_SECRET", "startup-bench-only-no-login-server",
                "ADEN_GAME_WORLD_SPAWN_NPCS", "true");
        try (ServerJvm p = ServerJvm.start(
                Path.of(""),
                "gameserver-bench",
                "org.aden.tools.launch.GameServerMain",
                config.toAbsolutePath().toString(),
                javaOpts,
                Math.max(0, jmxPort),
                List.of(),
                env,
                line -> {
                    if (verbose || line.contains("started in") || line.contains("ERROR")) {
                        System.out.println("  | " + line);
                    }
                })) {
            long readyMs = p.awaitReady(120);
            long rssReady = ProcessMemory.rssBytes(p.pid());
            long cpu = p.cpuMillis();
            Thread.sleep(settleSeconds * 1000L);
            if (nmt) {
                printNativeMemory(p.pid());
            }
            if (ticks != null) {
                try (ServerProbe probe = new ServerProbe("127.0.0.1:" + jmxPort, p.pid())) {
                    probe.resetTicks();
                    Thread.sleep(tickWindow * 1000L);
                    ticks[0] = probe.tickP50();
                    ticks[1] = probe.tickP99();
                    ticks[2] = probe.tickMax();
                    ticks[3] = probe.tickCpuP99();
                    ticks[4] = probe.ticks();
                }
            }
            return new Start(readyMs, cpu, rssReady, ProcessMemory.rssBytes(p.pid()));
        }
    }

    /** Where the resident memory goes (heap, metaspace, code cache, threads...): needs the JVM started with NMT. */
    private static void printNativeMemory(long pid) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process j = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "VM.native_memory", "summary")
                .redirectErrorStream(true)
                .start();
        for (String line : new String(j.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (line.contains("committed=") && (line.startsWith("-") || line.startsWith("Total"))) {
                System.out.println("  nmt " + line.trim());
            }
        }
        j.waitFor();
    }
}
