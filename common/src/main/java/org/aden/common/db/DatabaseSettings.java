package org.aden.common.db;

/** Where one schema lives: a JDBC URL naming the schema, credentials and the pool size. */
public record DatabaseSettings(String jdbcUrl, String user, String password, int poolSize) {
    @Override
    public String toString() {
        return "DatabaseSettings[" + jdbcUrl + ", user=" + user + ", poolSize=" + poolSize + "]"; // no password
    }
}
