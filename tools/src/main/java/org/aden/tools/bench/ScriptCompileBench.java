package org.aden.tools.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.aden.game.script.ScriptHost;
import org.aden.game.script.ScriptSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What the scripts cost a start, with and without the compiled-script cache: each run is a fresh JVM (Groovy's
 * first compile is most of the cost, so one warm JVM would lie) that compiles every script under {@code --scripts}
 * as the server does at start and reports the wall and CPU time of that compile. Cold runs start from an empty
 * cache folder, warm runs reuse the one the previous run filled.
 */
@Command(
        name = "script-compile-bench",
        mixinStandardHelpOptions = true,
        description = "Start-time cost of compiling the scripts, cold and from the compiled cache.")
public final class ScriptCompileBench implements Callable<Integer> {
    @Option(names = "--scripts", description = "Scripts folder (default ${DEFAULT-VALUE}).")
    Path scripts = Path.of("scripts");

    @Option(names = "--cache", description = "Cache folder used by the runs, emptied first (default ${DEFAULT-VALUE}).")
    Path cache = Path.of("data/script-bench-cache");

    @Option(names = "--runs", description = "Runs of each kind (default ${DEFAULT-VALUE}).")
    int runs = 3;

    /** In a child JVM: compile once and print one line "RESULT wall_ms cpu_ms files cached errors". */
    @Option(names = "--child", hidden = true)
    boolean child;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ScriptCompileBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (child) {
            long cpu0 = cpuNanos();
            long t0 = System.nanoTime();
            ScriptSet set = new ScriptHost(scripts, 1000, cache).compileAll();
            System.out.printf(
                    "RESULT %d %d %d %d %d%n",
                    (System.nanoTime() - t0) / 1_000_000,
                    (cpuNanos() - cpu0) / 1_000_000,
                    set.files(),
                    set.cached(),
                    set.errors().size());
            return 0;
        }
        List<long[]> cold = new ArrayList<>();
        List<long[]> warm = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            delete(cache);
            cold.add(runChild("cold " + (i + 1)));
        }
        for (int i = 0; i < runs; i++) {
            warm.add(runChild("warm " + (i + 1)));
        }
        System.out.printf(
                "SUMMARY runs=%d cold_wall_ms_median=%d cold_cpu_ms_median=%d warm_wall_ms_median=%d warm_cpu_ms_median=%d%n",
                runs, median(cold, 0), median(cold, 1), median(warm, 0), median(warm, 1));
        return 0;
    }

    private long[] runChild(String label) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ScriptCompileBench.class.getName(),
                        "--child",
                        "--scripts",
                        scripts.toString(),
                        "--cache",
                        cache.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        String line = out.lines()
                .filter(l -> l.startsWith("RESULT "))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the child printed no result:\n" + out));
        String[] f = line.split(" ");
        long[] r = {Long.parseLong(f[1]), Long.parseLong(f[2])};
        System.out.printf(
                "%s: %s ms wall, %s ms CPU, %s file(s), %s from the cache, %s error(s)%n",
                label, f[1], f[2], f[3], f[4], f[5]);
        return r;
    }

    private static long median(List<long[]> runs, int column) {
        long[] v = runs.stream().mapToLong(r -> r[column]).sorted().toArray();
        return v.length == 0 ? -1 : v[v.length / 2];
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
