package org.aden.game.network;

import java.time.InstantSource;

/**
 * Token bucket per connection: {@code burst} packets at once, refilled at {@code perSecond}. Only the
 * connection's I/O thread calls it (packets of one session are decoded sequentially).
 */
final class PacketRateLimiter {
    private final InstantSource clock;
    private final int burst;
    private final double perMilli;
    private double tokens;
    private long lastMillis;

    PacketRateLimiter(InstantSource clock, int burst, int perSecond) {
        this.clock = clock;
        this.burst = burst;
        this.perMilli = perSecond / 1000.0;
        this.tokens = burst;
        this.lastMillis = clock.millis();
    }

    /** Takes one token; false when the connection is over its rate. */
    boolean tryAcquire() {
        long now = clock.millis();
        if (now > lastMillis) {
            tokens = Math.min(burst, tokens + (now - lastMillis) * perMilli);
            lastMillis = now;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
