package org.aden.game.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Logged-in console sessions. A session id and its CSRF token are 128 random bits each (from the injected source,
 * a {@link java.security.SecureRandom} in the server); a session ends after {@code idleTimeout} without a request,
 * after {@link #MAX_AGE} in any case, or at logout. At most {@link #MAX_SESSIONS} live at once (the oldest goes).
 */
public final class ConsoleSessions {
    /** However busy, an administrator logs in again after this long. */
    public static final Duration MAX_AGE = Duration.ofHours(12);

    static final int MAX_SESSIONS = 64;

    /** One administrator's session; the CSRF token must come back with every POST. */
    public record Session(String id, String csrf, String account, int accessLevel, long createdMillis) {
        /** Constant-time comparison with the token a request carried (null: none). */
        public boolean csrfMatches(String token) {
            return token != null
                    && MessageDigest.isEqual(
                            csrf.getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
        }
    }

    private final Duration idleTimeout;
    private final InstantSource clock;
    private final RandomGenerator random;
    private final Map<String, Session> byId = new LinkedHashMap<>();
    private final Map<String, Long> lastSeen = new LinkedHashMap<>();

    public ConsoleSessions(Duration idleTimeout, InstantSource clock, RandomGenerator random) {
        this.idleTimeout = idleTimeout;
        this.clock = clock;
        this.random = random;
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    public synchronized Session create(String account, int accessLevel) {
        expire();
        while (byId.size() >= MAX_SESSIONS) {
            String oldest = byId.keySet().iterator().next();
            byId.remove(oldest);
            lastSeen.remove(oldest);
        }
        long now = clock.millis();
        Session s = new Session(token(), token(), account, accessLevel, now);
        byId.put(s.id(), s);
        lastSeen.put(s.id(), now);
        return s;
    }

    /** The live session with this id, its idle timer restarted; empty when unknown or expired. */
    public synchronized Optional<Session> touch(String id) {
        if (id == null) {
            return Optional.empty();
        }
        expire();
        Session s = byId.get(id);
        if (s == null) {
            return Optional.empty();
        }
        lastSeen.put(id, clock.millis());
        return Optional.of(s);
    }

    public synchronized void end(String id) {
        if (id != null) {
            byId.remove(id);
            lastSeen.remove(id);
        }
    }

    public synchronized int size() {
        expire();
        return byId.size();
    }

    private void expire() {
        long now = clock.millis();
        for (Iterator<Map.Entry<String, Session>> it = byId.entrySet().iterator(); it.hasNext(); ) {
            Session s = it.next().getValue();
            long seen = lastSeen.get(s.id());
            if (now - seen >= idleTimeout.toMillis() || now - s.createdMillis() >= MAX_AGE.toMillis()) {
                it.remove();
                lastSeen.remove(s.id());
            }
        }
    }

    private String token() {
        byte[] b = new byte[16];
        for (int i = 0; i < b.length; i += 8) {
            long r = random.nextLong();
            for (int j = 0; j < 8; j++) {
                b[i + j] = (byte) (r >>> (8 * j));
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
