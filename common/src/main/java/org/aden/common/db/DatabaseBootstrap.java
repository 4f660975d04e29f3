package org.aden.common.db;

import java.util.List;
import org.aden.common.config.Config;

/**
 * Opens a server's schema as configured: the external database named by db.url, or — when db.url is empty —
 * an embedded MariaDB started under db.embedded.dir. Closing it closes the pool and stops the embedded server.
 */
public final class DatabaseBootstrap implements AutoCloseable {
    private final EmbeddedMariaDb embedded; // null when external
    private final Database database;

    private DatabaseBootstrap(EmbeddedMariaDb embedded, Database database) {
        this.embedded = embedded;
        this.database = database;
    }

    public static DatabaseBootstrap open(
            Config config, String defaultSchema, String migrations, List<Class<?>> mappers) {
        if (!DatabaseConfig.embedded(config)) {
            return new DatabaseBootstrap(null, Database.open(DatabaseConfig.external(config), migrations, mappers));
        }
        EmbeddedMariaDb db =
                EmbeddedMariaDb.start(DatabaseConfig.embeddedDir(config), config.getInt(DatabaseConfig.EMBEDDED_PORT));
        try {
            return new DatabaseBootstrap(
                    db, Database.open(DatabaseConfig.onEmbedded(db, defaultSchema, config), migrations, mappers));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public Database database() {
        return database;
    }

    /** "embedded MariaDB on 127.0.0.1:port" or the external URL, for the startup summary. */
    public String describe() {
        return embedded != null
                ? "embedded MariaDB on 127.0.0.1:" + embedded.port() + " (" + embedded.dir() + ")"
                : database.settings().jdbcUrl();
    }

    @Override
    public void close() {
        database.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
