package org.aden.common.testing;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.aden.common.db.DatabaseSettings;
import org.aden.common.db.EmbeddedMariaDb;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension giving each test class a fresh, uniquely named schema on one embedded MariaDB that is
 * started once per test JVM (under target/test-mariadb) and stopped when the JVM's tests end.
 * <pre>{@code @RegisterExtension static TestDatabase db = new TestDatabase();}</pre>
 */
public final class TestDatabase implements BeforeAllCallback {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private EmbeddedMariaDb server;
    private String prefix;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Server.class, k -> new Server(), Server.class)
                .db;
        prefix = "t" + ProcessHandle.current().pid() + "_"
                + context.getRequiredTestClass()
                        .getSimpleName()
                        .toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^a-z0-9]", "");
    }

    /** A new schema, unique in this JVM, created and migrated by {@code Database.open}. */
    public DatabaseSettings newSchema() {
        return server().settings(prefix + "_" + SCHEMAS.incrementAndGet(), 4);
    }

    /** The embedded server itself (e.g. to derive settings for several schemas). */
    public EmbeddedMariaDb server() {
        if (server == null) {
            throw new IllegalStateException("TestDatabase must be registered as a static @RegisterExtension field");
        }
        return server;
    }

    /**
     * Sends the MariaDB process a signal: {@code STOP} stalls it (connections hang, as in a network outage) and
     * {@code CONT} lets it go on, nothing lost.
     */
    public void signal(String sig) throws java.io.IOException, InterruptedException {
        int exit = new ProcessBuilder(
                        "kill", "-" + sig, Long.toString(server().process().pid()))
                .start()
                .waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill -" + sig + " exited with " + exit);
        }
    }

    private static final class Server implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        final EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of("target", "test-mariadb"), 0);

        @Override
        public void close() {
            db.close();
        }
    }
}
