package org.aden.game.console;

import java.net.InetAddress;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Console login rate limit per address, the login server's rule for the game client: {@link #MAX_FAILURES} wrong
 * logins within {@link #WINDOW} block that address for {@link #BLOCK}. Common's {@code ConnectionGate} limits
 * connections, not outcomes, so it does not fit here. While blocked, no password is even checked.
 */
public final class LoginAttempts {
    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(5);
    public static final Duration BLOCK = Duration.ofMinutes(15);
    /** Addresses remembered at most; beyond that the quietest are forgotten first. */
    static final int MAX_TRACKED = 10_000;

    private static final class Record {
        final Deque<Long> failures = new ArrayDeque<>();
        long blockedUntil;
    }

    private final InstantSource clock;
    private final Map<InetAddress, Record> byAddress = new HashMap<>();

    public LoginAttempts(InstantSource clock) {
        this.clock = clock;
    }

    /** Milliseconds until this address may try again; 0 when it may try now. */
    public synchronized long blockedForMillis(InetAddress address) {
        Record r = byAddress.get(address);
        return r == null ? 0 : Math.max(0, r.blockedUntil - clock.millis());
    }

    /** Counts a wrong login; true when this one blocked the address. */
    public synchronized boolean failed(InetAddress address) {
        long now = clock.millis();
        if (byAddress.size() >= MAX_TRACKED && !byAddress.containsKey(address)) {
            forgetStale(now);
        }
        Record r = byAddress.computeIfAbsent(address, a -> new Record());
        r.failures.addLast(now);
        while (!r.failures.isEmpty() && now - r.failures.peekFirst() >= WINDOW.toMillis()) {
            r.failures.removeFirst();
        }
        if (r.failures.size() >= MAX_FAILURES) {
            r.failures.clear();
            r.blockedUntil = now + BLOCK.toMillis();
            return true;
        }
        return false;
    }

    /** A successful login clears the address's failures. */
    public synchronized void succeeded(InetAddress address) {
        Record r = byAddress.get(address);
        if (r != null && r.blockedUntil <= clock.millis()) {
            byAddress.remove(address);
        }
    }

    private void forgetStale(long now) {
        for (Iterator<Record> it = byAddress.values().iterator(); it.hasNext(); ) {
            Record r = it.next();
            Long last = r.failures.peekLast();
            if (r.blockedUntil <= now && (last == null || now - last >= WINDOW.toMillis())) {
                it.remove();
            }
        }
        if (byAddress.size() >= MAX_TRACKED) {
            byAddress.clear(); // a flood from that many addresses: start over rather than grow without bound
        }
    }
}
