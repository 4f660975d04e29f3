package org.aden.login.protection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;

class ProtectionTest {
    /** A clock the test moves by hand. */
    static final class FakeClock implements InstantSource {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    @Test
    void bruteForceBlocksAfterNFailuresInTheWindowAndExpires() {
        FakeClock clock = new FakeClock();
        BruteForceGuard g = new BruteForceGuard(3, 3, Duration.ofMinutes(5), Duration.ofMinutes(15), clock);
        g.recordFailure("1.1.1.1", "bob");
        g.recordFailure("1.1.1.1", "bob");
        assertFalse(g.isBlocked("1.1.1.1", "bob"));
        clock.advance(Duration.ofMinutes(6)); // the first two fall out of the window
        g.recordFailure("1.1.1.1", "bob");
        assertFalse(g.isBlocked("1.1.1.1", "bob"));
        g.recordFailure("2.2.2.2", "bob");
        g.recordFailure("3.3.3.3", "bob"); // third on the account, from different addresses
        assertTrue(g.isBlocked("9.9.9.9", "bob"), "the account is blocked from anywhere");
        assertFalse(g.isBlocked("9.9.9.9", "alice"));
        clock.advance(Duration.ofMinutes(16));
        assertFalse(g.isBlocked("9.9.9.9", "bob"));
        g.sweep();
    }

    @Test
    void bruteForceCountsPerIpAcrossAccounts() {
        FakeClock clock = new FakeClock();
        BruteForceGuard g = new BruteForceGuard(3, 3, Duration.ofMinutes(5), Duration.ofMinutes(15), clock);
        g.recordFailure("1.1.1.1", "a");
        g.recordFailure("1.1.1.1", "b");
        g.recordFailure("1.1.1.1", "c");
        assertTrue(g.isBlocked("1.1.1.1", "d"));
        assertFalse(g.isBlocked("1.1.1.2", "d"));
    }
}
