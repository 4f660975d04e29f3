package org.aden.tools.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aden.common.db.Database;
import org.aden.common.db.DatabaseConfig;
import org.aden.common.db.DatabaseSettings;
import org.aden.common.db.EmbeddedMariaDb;

/**
 * The databases one command opens. An embedded database that a server (or run.sh) is running is used through its
 * endpoint file; one that nobody runs is started for the command and stopped after it. Both schemas of a
 * standalone shard share one embedded server.
 */
final class Databases implements AutoCloseable {
    private final Map<Path, EmbeddedMariaDb> started = new HashMap<>();
    private final List<Database> open = new ArrayList<>();

    /** Where a target's schema is, starting its embedded server if nobody runs it. */
    DatabaseSettings settings(DbOptions.Target t) {
        if (!t.embedded()) {
            return DatabaseConfig.external(t.config());
        }
        Path dir = t.embeddedDir().toAbsolutePath().normalize();
        Optional<EmbeddedMariaDb.Running> running = EmbeddedMariaDb.findRunning(dir);
        if (running.isPresent()) {
            return running.get().settings(t.schema(), 2);
        }
        EmbeddedMariaDb db = started.get(dir);
        if (db == null) {
            db = EmbeddedMariaDb.start(dir, t.config().getInt(DatabaseConfig.EMBEDDED_PORT));
            started.put(dir, db);
        }
        return db.settings(t.schema(), 2);
    }

    /** Opens (and migrates, like the servers) the schema of a target, with the given MyBatis mappers. */
    Database open(DbOptions.Target t, List<Class<?>> mappers) {
        Database d = Database.open(settings(t), t.migrations(), mappers);
        open.add(d);
        return d;
    }

    /** Whether a live process (a server or run.sh) runs the target's embedded database. */
    static boolean runningElsewhere(DbOptions.Target t) {
        return t.embedded() && EmbeddedMariaDb.findRunning(t.embeddedDir()).isPresent();
    }

    @Override
    public void close() {
        open.forEach(Database::close);
        started.values().forEach(EmbeddedMariaDb::close);
    }
}
