package org.aden.game.network;

import java.net.InetAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Open connections per remote IP address; a new one beyond the limit is refused. 0 = unlimited. */
final class ConnectionLimiter {
    private final int maxPerIp;
    private final ConcurrentHashMap<InetAddress, AtomicInteger> open = new ConcurrentHashMap<>();

    ConnectionLimiter(int maxPerIp) {
        this.maxPerIp = maxPerIp;
    }

    boolean tryAcquire(InetAddress address) {
        AtomicInteger n = open.computeIfAbsent(address, a -> new AtomicInteger());
        if (maxPerIp > 0 && n.incrementAndGet() > maxPerIp) {
            n.decrementAndGet();
            return false;
        }
        if (maxPerIp <= 0) {
            n.incrementAndGet();
        }
        return true;
    }

    void release(InetAddress address) {
        open.computeIfPresent(address, (a, n) -> n.decrementAndGet() <= 0 ? null : n);
    }
}
