package org.aden.login.session;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Session keys handed out with PlayOk and waiting for the game server to verify them. The client closes its login
 * connection before it reaches the game server, so a key lives on for {@code ttl} after PlayOk (login.md §6). A key
 * is good once, for the server it was issued for.
 */
public final class SessionRegistry {
    private record Pending(org.aden.common.link.SessionKey key, int serverId, Instant expiresAt) {}

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final InstantSource clock;

    public SessionRegistry(Duration ttl, InstantSource clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Records the key sent in PlayOk for {@code account} on {@code serverId}, replacing an older one. */
    public void issue(String account, org.aden.common.link.SessionKey key, int serverId) {
        pending.put(account, new Pending(key, serverId, clock.instant().plus(ttl)));
    }

    /** True (and the key is forgotten) if {@code key} is the unexpired key issued to {@code account} for {@code serverId}. */
    public boolean consume(String account, org.aden.common.link.SessionKey key, int serverId) {
        Pending p = pending.get(account);
        if (p == null || !p.key().equals(key) || p.serverId() != serverId) {
            return false;
        }
        if (!pending.remove(account, p)) {
            return false; // used concurrently
        }
        return p.expiresAt().isAfter(clock.instant());
    }

    /** Drops expired keys (call periodically). */
    public void sweep() {
        Instant now = clock.instant();
        pending.values().removeIf(p -> !p.expiresAt().isAfter(now));
    }
}
