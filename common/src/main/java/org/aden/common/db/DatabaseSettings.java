package org.aden.common.db;

import java.time.Duration;

/**
 * Where one schema lives: a JDBC URL naming the schema, credentials, the pool size, how long a caller waits for a
 * pooled connection ({@code poolTimeout}) and how long a statement may wait on the network before it fails
 * ({@code socketTimeout}, zero for never): without it a query on a stalled database (SIGSTOP, a dead host without
 * a reset) would hang for good.
 */
public record DatabaseSettings(
        String jdbcUrl, String user, String password, int poolSize, Duration poolTimeout, Duration socketTimeout) {
    public static final Duration DEFAULT_POOL_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(30);

    public DatabaseSettings(String jdbcUrl, String user, String password, int poolSize) {
        this(jdbcUrl, user, password, poolSize, DEFAULT_POOL_TIMEOUT, DEFAULT_SOCKET_TIMEOUT);
    }

    public DatabaseSettings withTimeouts(Duration poolTimeout, Duration socketTimeout) {
        return new DatabaseSettings(jdbcUrl, user, password, poolSize, poolTimeout, socketTimeout);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + jdbcUrl + ", user=" + user + ", poolSize=" + poolSize + ", poolTimeout="
                + poolTimeout + ", socketTimeout=" + socketTimeout + "]"; // no password
    }
}
