package org.aden.game.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.aden.game.console.ConsoleSessions.Session;
import org.aden.game.world.FakeClock;
import org.junit.jupiter.api.Test;

class ConsoleSessionsTest {
    final FakeClock clock = new FakeClock();
    final ConsoleSessions sessions = new ConsoleSessions(Duration.ofMinutes(30), clock, new SecureRandom());

    @Test
    void idsAndTokensAre128RandomBitsAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            Session s = sessions.create("admin", 100);
            assertEquals(16, Base64.getUrlDecoder().decode(s.id()).length);
            assertEquals(16, Base64.getUrlDecoder().decode(s.csrf()).length);
            assertNotEquals(s.id(), s.csrf());
            assertTrue(seen.add(s.id()) && seen.add(s.csrf()));
        }
    }

    @Test
    void aSessionEndsAfterTheIdleTimeoutButEachRequestRestartsIt() {
        Session s = sessions.create("admin", 100);
        clock.advance(Duration.ofMinutes(29).toMillis());
        assertTrue(sessions.touch(s.id()).isPresent());
        clock.advance(Duration.ofMinutes(29).toMillis());
        assertTrue(sessions.touch(s.id()).isPresent(), "the touch restarted the idle timer");
        clock.advance(Duration.ofMinutes(30).toMillis());
        assertTrue(sessions.touch(s.id()).isEmpty(), "30 idle minutes end it");
    }

    @Test
    void aBusySessionStillEndsAtTheMaximumAge() {
        Session s = sessions.create("admin", 100);
        for (long t = 0; t < ConsoleSessions.MAX_AGE.toMillis() - 60_000; t += 10 * 60_000) {
            assertTrue(sessions.touch(s.id()).isPresent());
            clock.advance(10 * 60_000);
        }
        clock.advance(60_000);
        assertTrue(sessions.touch(s.id()).isEmpty());
    }

    @Test
    void logoutAndUnknownIds() {
        Session s = sessions.create("admin", 100);
        sessions.end(s.id());
        assertTrue(sessions.touch(s.id()).isEmpty());
        assertTrue(sessions.touch(null).isEmpty());
        assertTrue(sessions.touch("not-a-session").isEmpty());
    }

    @Test
    void theCsrfTokenMustMatchExactly() {
        Session s = sessions.create("admin", 100);
        assertTrue(s.csrfMatches(s.csrf()));
        assertFalse(s.csrfMatches(null));
        assertFalse(s.csrfMatches(""));
        assertFalse(s.csrfMatches(s.csrf().substring(1)));
        assertFalse(s.csrfMatches(s.id()), "the session id is not the token");
        assertFalse(s.csrfMatches(sessions.create("admin", 100).csrf()), "another session's token");
    }

    @Test
    void theOldestSessionGivesWayWhenFull() {
        Session first = sessions.create("a0", 1);
        for (int i = 1; i < ConsoleSessions.MAX_SESSIONS; i++) {
            sessions.create("a" + i, 1);
        }
        assertTrue(sessions.touch(first.id()).isPresent());
        sessions.create("one-more", 1);
        assertEquals(ConsoleSessions.MAX_SESSIONS, sessions.size());
        assertTrue(sessions.touch(first.id()).isEmpty());
    }
}
