package org.aden.tools.bench;

import java.util.concurrent.atomic.AtomicLongArray;

/** Lock-free latency histogram with 0.1 ms buckets up to 10 s (everything above lands in the last bucket). */
final class LatencyHistogram {
    private static final int BUCKETS = 100_001;
    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);

    void recordNanos(long nanos) {
        int b = (int) Math.min(BUCKETS - 1, Math.max(0, nanos / 100_000));
        counts.incrementAndGet(b);
    }

    long count() {
        long n = 0;
        for (int i = 0; i < BUCKETS; i++) {
            n += counts.get(i);
        }
        return n;
    }

    /** The percentile in milliseconds (upper edge of the bucket). */
    double percentileMillis(double p) {
        long total = count();
        if (total == 0) {
            return Double.NaN;
        }
        long rank = (long) Math.ceil(p / 100.0 * total);
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return (i + 1) / 10.0;
            }
        }
        return BUCKETS / 10.0;
    }

    void reset() {
        for (int i = 0; i < BUCKETS; i++) {
            counts.set(i, 0);
        }
    }
}
