package org.aden.common.log;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "At most one line per key per interval" for events a remote peer can cause at will (refused connections, bad
 * frames, flood): the first event of a key in an interval may be logged, later ones are only counted and the next
 * line reports how many were left out. The number of keys is bounded, so an actor with many addresses cannot grow
 * it without limit: beyond {@code maxKeys} every new key shares one overflow key.
 */
public final class LogThrottle {
    /** Key shared by events once {@code maxKeys} distinct keys are being tracked. */
    public static final String OVERFLOW_KEY = "(many addresses)";

    private static final class Entry {
        long lastLogged;
        long suppressed;
    }

    private final long intervalMillis;
    private final InstantSource clock;
    private final int maxKeys;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public LogThrottle(Duration interval, InstantSource clock, int maxKeys) {
        this.intervalMillis = interval.toMillis();
        this.clock = clock;
        this.maxKeys = maxKeys;
    }

    /** Once a minute per key, up to 10,000 keys. */
    public static LogThrottle perMinute() {
        return new LogThrottle(Duration.ofMinutes(1), InstantSource.system(), 10_000);
    }

    /**
     * Records one event of {@code key}: returns -1 if it must not be logged, otherwise how many events of this key
     * were left out since its last logged line (0 the first time).
     */
    public long admit(String key) {
        long now = clock.millis();
        if (entries.size() >= maxKeys && !entries.containsKey(key)) {
            sweep(now);
            if (entries.size() >= maxKeys) {
                key = OVERFLOW_KEY;
            }
        }
        Entry e = entries.computeIfAbsent(key, k -> {
            Entry n = new Entry();
            n.lastLogged = Long.MIN_VALUE / 2;
            return n;
        });
        synchronized (e) {
            if (now - e.lastLogged >= intervalMillis) {
                long left = e.suppressed;
                e.suppressed = 0;
                e.lastLogged = now;
                return left;
            }
            e.suppressed++;
            return -1;
        }
    }

    /** " (N more since the last line)" for a positive count, else "": to append to the logged line. */
    public static String more(long suppressed) {
        return suppressed > 0 ? " (" + suppressed + " more like it since the last line)" : "";
    }

    private void sweep(long now) {
        entries.entrySet().removeIf(en -> {
            Entry e = en.getValue();
            synchronized (e) {
                return now - e.lastLogged >= intervalMillis && e.suppressed == 0;
            }
        });
    }
}
