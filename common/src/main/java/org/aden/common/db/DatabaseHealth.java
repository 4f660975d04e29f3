package org.aden.common.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Whether the database answers, so that callers refuse at once instead of each waiting for the pool timeout. A
 * failure that means "unreachable" (no connection within the pool timeout, a broken or timed-out socket) marks it
 * down; any success, or the watcher's probe, marks it up again. Each change is logged once: one line when it goes
 * down, one when it is back, however many operations failed in between.
 */
public final class DatabaseHealth implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(DatabaseHealth.class);

    private final String name;
    private final DataSource dataSource;
    private final AtomicBoolean up = new AtomicBoolean(true);
    private volatile long downSince;
    private volatile IntSupplier backlog; // null: nothing queued behind this database
    private volatile Thread watcher;
    private final java.util.List<Runnable> backListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    DatabaseHealth(String name, DataSource dataSource) {
        this.name = name;
        this.dataSource = dataSource;
    }

    public boolean isUp() {
        return up.get();
    }

    /** What the "back" line reports as still waiting (e.g. the saves queued meanwhile). */
    public void setBacklog(IntSupplier pending) {
        this.backlog = pending;
    }

    /** Runs {@code listener} each time the database is back (e.g. to retry queued saves at once). */
    public void onBack(Runnable listener) {
        backListeners.add(listener);
    }

    /** An operation failed: marks the database down when the failure says it is unreachable; true if so. */
    public boolean failed(Throwable e) {
        if (!isUnreachable(e)) {
            return false;
        }
        if (up.compareAndSet(true, false)) {
            downSince = System.nanoTime();
            LOG.error(
                    "Database {} is unreachable ({}): what needs it is refused at once, queued saves are kept and"
                            + " retried, until it is back",
                    name,
                    describe(e));
        }
        return true;
    }

    /** An operation succeeded: the database is up. */
    public void succeeded() {
        if (up.compareAndSet(false, true)) {
            IntSupplier b = backlog;
            LOG.info(
                    "Database {} is back after {} s{}",
                    name,
                    Duration.ofNanos(System.nanoTime() - downSince).toSeconds(),
                    b == null ? "" : " (" + b.getAsInt() + " save(s) waiting)");
            backListeners.forEach(Runnable::run);
        }
    }

    /**
     * Probes the database every {@code interval} on a virtual thread (a connection from the pool, validated), so
     * an outage is noticed before a player meets it and its end is noticed without waiting for a save.
     */
    public synchronized void watch(Duration interval) {
        if (watcher != null) {
            return;
        }
        watcher = Thread.ofVirtual().name("db-health-" + name).start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(interval);
                } catch (InterruptedException e) {
                    return;
                }
                probe();
            }
        });
    }

    /** One probe now (also used by tests). */
    public boolean probe() {
        try (Connection c = dataSource.getConnection()) {
            if (c.isValid(2)) {
                succeeded();
                return true;
            }
            failed(new SQLTransientConnectionException("connection not valid"));
        } catch (SQLException | RuntimeException e) {
            if (!failed(e)) {
                LOG.debug("Database {} probe failed: {}", name, e.toString());
            }
        }
        return false;
    }

    /** Failures that mean the database cannot be reached, as opposed to a bad statement. */
    public static boolean isUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof SQLTimeoutException
                    || t instanceof java.net.SocketException
                    || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
            if (t instanceof SQLException se
                    && se.getSQLState() != null
                    && se.getSQLState().startsWith("08")) {
                return true; // SQL state class 08: connection exception
            }
        }
        return false;
    }

    /** The failure as one line: the first connection-level message in the chain (the pool's, not a side effect). */
    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof SQLTimeoutException
                    || t instanceof java.net.SocketException) {
                return t.getClass().getSimpleName() + ": " + t.getMessage();
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.interrupt();
            watcher = null;
        }
    }
}
