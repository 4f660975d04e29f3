package org.aden.login.protection;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Counts wrong passwords per IP address and per account. {@code maxPerAccount} (or {@code maxPerIp}) within
 * {@code window} blocks that key for {@code blockFor}; the block is logged once when it starts. A correct password clears the
 * account's count (not the IP's, or one owned account would reset an attacker's address).
 */
public final class BruteForceGuard {
    private static final Logger LOG = LogManager.getLogger(BruteForceGuard.class);

    private static final class Record {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant blockedUntil = Instant.MIN;
    }

    private final int maxPerAccount;
    private final int maxPerIp;
    private final Duration window;
    private final Duration blockFor;
    private final InstantSource clock;
    private final Map<String, Record> records = new ConcurrentHashMap<>();

    public BruteForceGuard(int maxPerAccount, int maxPerIp, Duration window, Duration blockFor, InstantSource clock) {
        this.maxPerAccount = maxPerAccount;
        this.maxPerIp = maxPerIp;
        this.window = window;
        this.blockFor = blockFor;
        this.clock = clock;
    }

    public boolean isBlocked(String ip, String account) {
        Instant now = clock.instant();
        return blocked("ip " + ip, now) || (account != null && blocked("account " + account, now));
    }

    private boolean blocked(String key, Instant now) {
        Record r = records.get(key);
        if (r == null) {
            return false;
        }
        synchronized (r) {
            return r.blockedUntil.isAfter(now);
        }
    }

    public void recordFailure(String ip, String account) {
        Instant now = clock.instant();
        count("ip " + ip, maxPerIp, now);
        if (account != null) {
            count("account " + account, maxPerAccount, now);
        }
    }

    public void recordSuccess(String account) {
        Record r = records.get("account " + account);
        if (r != null) {
            synchronized (r) {
                r.failures.clear();
            }
        }
    }

    private void count(String key, int maxFailures, Instant now) {
        Record r = records.computeIfAbsent(key, k -> new Record());
        synchronized (r) {
            trim(r, now);
            r.failures.addLast(now);
            if (r.failures.size() >= maxFailures && !r.blockedUntil.isAfter(now)) {
                r.blockedUntil = now.plus(blockFor);
                r.failures.clear();
                LOG.warn(
                        "Brute force: {} blocked for {} after {} wrong passwords within {}",
                        key,
                        blockFor,
                        maxFailures,
                        window);
            }
        }
    }

    private void trim(Record r, Instant now) {
        Instant oldest = now.minus(window);
        while (!r.failures.isEmpty() && !r.failures.peekFirst().isAfter(oldest)) {
            r.failures.removeFirst();
        }
    }

    /** Drops records with no recent failures and no running block (call periodically). */
    public void sweep() {
        Instant now = clock.instant();
        records.entrySet().removeIf(e -> {
            Record r = e.getValue();
            synchronized (r) {
                trim(r, now);
                return r.failures.isEmpty() && !r.blockedUntil.isAfter(now);
            }
        });
    }
}
