package org.aden.login.account;

import java.time.Instant;

/** One row of {@code accounts}. The login is always lower-case. */
public record Account(
        String login,
        String passwordHash,
        int accessLevel,
        Instant createdAt,
        Instant lastLoginAt,
        String lastIp,
        int lastServer) {}
