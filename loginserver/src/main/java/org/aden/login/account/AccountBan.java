package org.aden.login.account;

import java.time.Instant;

/** An account ban; {@code expiresAt} null means permanent. */
public record AccountBan(String login, String reason, Instant expiresAt, Instant createdAt) {
    public boolean activeAt(Instant now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }
}
