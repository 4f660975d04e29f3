package org.aden.tools.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.aden.login.account.PasswordHasher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Measures how many password checks per second this machine does at a bcrypt cost: the login server's ceiling. */
@Command(
        name = "bench-bcrypt",
        mixinStandardHelpOptions = true,
        description = "Measure bcrypt verifications per second (= logins per second the CPU allows).")
final class BenchBcryptCommand implements Callable<Integer> {
    @Option(names = "--cost", defaultValue = "10", description = "bcrypt cost (default ${DEFAULT-VALUE}).")
    int cost;

    @Option(names = "--threads", description = "Parallel threads (default: available processors).")
    Integer threads;

    @Option(names = "--seconds", defaultValue = "10", description = "Measuring time (default ${DEFAULT-VALUE}).")
    int seconds;

    @Override
    public Integer call() throws Exception {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        PasswordHasher hasher = new PasswordHasher(cost);
        String hash = hasher.hash("benchmark-pw");
        for (int i = 0; i < 3; i++) {
            hasher.verify("benchmark-pw", hash); // warm-up
        }
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    hasher.verify("benchmark-pw", hash);
                    done.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                "bcrypt cost %d, %d thread(s), %d cores: %.1f verifications/s (%.1f ms each per thread)%n",
                cost,
                n,
                Runtime.getRuntime().availableProcessors(),
                done.get() / elapsed,
                elapsed * 1000 * n / done.get());
        return 0;
    }
}
