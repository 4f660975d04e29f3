package org.aden.game.network;

import java.time.InstantSource;

/**
 * Counts one connection's bad packets (out of state, malformed, over the rate) in a fixed time window.
 * A few strays are tolerated; {@code limit} of them within {@code windowMillis} means the peer is broken or
 * hostile and the connection is closed.
 */
final class ViolationCounter {
    private final InstantSource clock;
    private final int limit;
    private final long windowMillis;
    private long windowStart;
    private int count;

    ViolationCounter(InstantSource clock, int limit, long windowMillis) {
        this.clock = clock;
        this.limit = limit;
        this.windowMillis = windowMillis;
        this.windowStart = clock.millis();
    }

    /** Records one violation; true when the limit is reached and the connection should be closed. */
    synchronized boolean record() {
        long now = clock.millis();
        if (now - windowStart >= windowMillis) {
            windowStart = now;
            count = 0;
        }
        return ++count >= limit;
    }
}
