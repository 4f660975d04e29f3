package org.aden.login.protection;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Per-IP connection flood control: at most {@code perSecond} new connections in any one-second window and at most
 * {@code concurrent} open at once. Refusals are logged at most once a minute per address.
 */
public final class ConnectionLimiter {
    private static final Logger LOG = LogManager.getLogger(ConnectionLimiter.class);

    private static final class Counter {
        int open;
        Instant windowStart = Instant.MIN;
        int inWindow;
        Instant lastLogged = Instant.MIN;
    }

    private final int perSecond;
    private final int concurrent;
    private final InstantSource clock;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public ConnectionLimiter(int perSecond, int concurrent, InstantSource clock) {
        this.perSecond = perSecond;
        this.concurrent = concurrent;
        this.clock = clock;
    }

    /** True if a new connection from {@code ip} may proceed; it must then be {@link #release}d when it closes. */
    public boolean tryAcquire(String ip) {
        Instant now = clock.instant();
        Counter c = counters.computeIfAbsent(ip, k -> new Counter());
        synchronized (c) {
            if (!now.isBefore(c.windowStart.plusSeconds(1))) {
                c.windowStart = now;
                c.inWindow = 0;
            }
            String refusal = null;
            if (c.inWindow >= perSecond) {
                refusal = "more than " + perSecond + " new connections per second";
            } else if (c.open >= concurrent) {
                refusal = "more than " + concurrent + " concurrent connections";
            }
            c.inWindow++;
            if (refusal != null) {
                if (!now.isBefore(c.lastLogged.plus(Duration.ofMinutes(1)))) {
                    c.lastLogged = now;
                    LOG.warn("Connection flood from {}: {} (refusing, logged once a minute)", ip, refusal);
                }
                return false;
            }
            c.open++;
            return true;
        }
    }

    public void release(String ip) {
        Counter c = counters.get(ip);
        if (c != null) {
            synchronized (c) {
                c.open = Math.max(0, c.open - 1);
            }
        }
    }

    /** Forgets idle addresses (call periodically). */
    public void sweep() {
        Instant cutoff = clock.instant().minus(Duration.ofMinutes(2));
        counters.entrySet().removeIf(e -> {
            Counter c = e.getValue();
            synchronized (c) {
                return c.open == 0 && c.windowStart.isBefore(cutoff) && c.lastLogged.isBefore(cutoff);
            }
        });
    }
}
