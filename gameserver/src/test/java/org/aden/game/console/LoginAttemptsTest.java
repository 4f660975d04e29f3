package org.aden.game.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.aden.game.world.FakeClock;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {
    final FakeClock clock = new FakeClock();
    final LoginAttempts attempts = new LoginAttempts(clock);
    final InetAddress a = address("10.0.0.1");
    final InetAddress b = address("10.0.0.2");

    static InetAddress address(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void fiveFailuresBlockThatAddressOnlyForFifteenMinutes() {
        for (int i = 1; i < LoginAttempts.MAX_FAILURES; i++) {
            assertFalse(attempts.failed(a));
            assertEquals(0, attempts.blockedForMillis(a));
        }
        assertTrue(attempts.failed(a), "the fifth blocks");
        assertEquals(LoginAttempts.BLOCK.toMillis(), attempts.blockedForMillis(a));
        assertEquals(0, attempts.blockedForMillis(b), "other addresses are not affected");
        clock.advance(LoginAttempts.BLOCK.toMillis() - 1);
        assertEquals(1, attempts.blockedForMillis(a));
        clock.advance(1);
        assertEquals(0, attempts.blockedForMillis(a));
    }

    @Test
    void failuresOutsideTheWindowAreForgotten() {
        for (int i = 1; i < LoginAttempts.MAX_FAILURES; i++) {
            attempts.failed(a);
        }
        clock.advance(LoginAttempts.WINDOW.toMillis());
        assertFalse(attempts.failed(a), "the earlier four are older than the window");
        assertEquals(0, attempts.blockedForMillis(a));
    }

    @Test
    void aSuccessClearsFailuresButNotABlock() {
        for (int i = 1; i < LoginAttempts.MAX_FAILURES; i++) {
            attempts.failed(a);
        }
        attempts.succeeded(a);
        assertFalse(attempts.failed(a), "counting starts over after a success");
        for (int i = 1; i < LoginAttempts.MAX_FAILURES; i++) {
            attempts.failed(a);
        }
        assertTrue(attempts.blockedForMillis(a) > 0);
        attempts.succeeded(a);
        assertTrue(attempts.blockedForMillis(a) > 0, "a success cannot lift a block");
    }
}
