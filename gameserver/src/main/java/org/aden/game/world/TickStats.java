package org.aden.game.world;

import java.util.Arrays;

/**
 * Durations of the last ticks (a ring of samples) for the p50/p99/max figures the server exposes.
 * Written by the world thread, read by anyone: a snapshot copy is good enough for monitoring.
 */
public final class TickStats {
    private final long[] micros;
    private final long[] cpuMicros;
    private volatile int count;
    private volatile long maxMicros;
    private volatile long ticks;

    public TickStats(int capacity) {
        micros = new long[capacity];
        cpuMicros = new long[capacity];
    }

    void record(long durationMicros, long cpuDurationMicros) {
        cpuMicros[(int) (ticks % micros.length)] = cpuDurationMicros;
        micros[(int) (ticks % micros.length)] = durationMicros;
        if (durationMicros > maxMicros) {
            maxMicros = durationMicros;
        }
        ticks++;
        count = (int) Math.min(ticks, micros.length);
    }

    /** Records one sample of a plain duration (no CPU part). */
    public void recordSample(long micros) {
        record(micros, 0);
    }

    public long ticks() {
        return ticks;
    }

    /** Percentile of the wall-clock tick duration in microseconds over the recent window (0 when empty). */
    public long percentileMicros(double p) {
        return percentile(micros, p);
    }

    /** Percentile of the world thread's CPU time per tick: wall minus this is time spent waiting for a core. */
    public long cpuPercentileMicros(double p) {
        return percentile(cpuMicros, p);
    }

    private long percentile(long[] samples, double p) {
        int n = count;
        if (n == 0) {
            return 0;
        }
        long[] copy = Arrays.copyOf(samples, n);
        Arrays.sort(copy);
        int idx = (int) Math.min(n - 1, Math.max(0, Math.ceil(p / 100.0 * n) - 1));
        return copy[idx];
    }

    public long maxMicros() {
        return maxMicros;
    }

    public void reset() {
        ticks = 0;
        count = 0;
        maxMicros = 0;
    }

    public String summary() {
        return String.format(
                "ticks=%d p50=%.2fms p99=%.2fms max=%.2fms (cpu p50=%.2fms p99=%.2fms)",
                ticks,
                percentileMicros(50) / 1000.0,
                percentileMicros(99) / 1000.0,
                maxMicros / 1000.0,
                cpuPercentileMicros(50) / 1000.0,
                cpuPercentileMicros(99) / 1000.0);
    }
}
