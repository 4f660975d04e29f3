package org.aden.game.network;

import java.util.concurrent.atomic.LongAdder;

/** Server-wide counters of what the packet guards did; read by tests, metrics and the admin console. */
public final class NetworkStats {
    final LongAdder handled = new LongAdder();
    final LongAdder ignoredStray = new LongAdder();
    final LongAdder outOfState = new LongAdder();
    final LongAdder malformed = new LongAdder();
    final LongAdder unknown = new LongAdder();
    final LongAdder rateLimited = new LongAdder();
    final LongAdder closedForAbuse = new LongAdder();
    final LongAdder refusedConnections = new LongAdder();
    final LongAdder handshakeTimeouts = new LongAdder();

    /** Connections closed because they were not authenticated, or not in the world, within their deadline. */
    public long handshakeTimeouts() {
        return handshakeTimeouts.sum();
    }

    public long handled() {
        return handled.sum();
    }

    public long ignoredStray() {
        return ignoredStray.sum();
    }

    public long outOfState() {
        return outOfState.sum();
    }

    public long malformed() {
        return malformed.sum();
    }

    public long unknown() {
        return unknown.sum();
    }

    public long rateLimited() {
        return rateLimited.sum();
    }

    public long closedForAbuse() {
        return closedForAbuse.sum();
    }

    public long refusedConnections() {
        return refusedConnections.sum();
    }

    @Override
    public String toString() {
        return "handled=" + handled() + " stray=" + ignoredStray() + " outOfState=" + outOfState() + " malformed="
                + malformed() + " unknown=" + unknown() + " rateLimited=" + rateLimited() + " closedForAbuse="
                + closedForAbuse() + " refusedConnections=" + refusedConnections()
                + " handshakeTimeouts=" + handshakeTimeouts();
    }
}
