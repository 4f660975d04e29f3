package org.aden.login.account;

import java.time.Instant;

/** What decides whether an account may stay in game: its access level, its ban (if any) and its last address. */
public record AccountStanding(
        String login, int accessLevel, String lastIp, String banReason, Instant banExpiresAt, Instant banCreatedAt) {

    /** The ban in force at {@code now}: a ban row that has not expired, or the classic access level < 0. */
    public AccountBan activeBan(Instant now) {
        if (banCreatedAt != null && (banExpiresAt == null || banExpiresAt.isAfter(now))) {
            return new AccountBan(login, banReason, banExpiresAt, banCreatedAt);
        }
        if (accessLevel < 0) {
            return new AccountBan(login, "access level " + accessLevel, null, Instant.EPOCH);
        }
        return null;
    }
}
