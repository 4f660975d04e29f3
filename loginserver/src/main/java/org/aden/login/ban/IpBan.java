package org.aden.login.ban;

import java.time.Instant;

/** One row of {@code ip_bans}: a single address or a CIDR range; {@code expiresAt} null means permanent. */
public record IpBan(String address, String reason, Instant expiresAt, Instant createdAt) {}
