package org.aden.login.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.aden.common.link.SessionKey;
import org.junit.jupiter.api.Test;

class SessionRegistryTest {
    @Test
    void keysAreGoodOnceForTheirServerUntilTheyExpire() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.EPOCH);
        SessionRegistry r = new SessionRegistry(Duration.ofSeconds(60), now::get);
        SessionKey k = new SessionKey(1, 2, 3, 4);
        r.issue("bob", k, 1);
        assertFalse(r.consume("bob", k, 2), "other server");
        assertFalse(r.consume("bob", new SessionKey(1, 2, 3, 5), 1), "other key");
        assertTrue(r.consume("bob", k, 1));
        assertFalse(r.consume("bob", k, 1), "one use");

        r.issue("bob", k, 1);
        now.set(Instant.EPOCH.plusSeconds(61));
        assertFalse(r.consume("bob", k, 1), "expired");
    }
}
