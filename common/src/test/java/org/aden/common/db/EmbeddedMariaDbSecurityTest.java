package org.aden.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The embedded MariaDB runs with grant tables: without the generated password (kept, private, in the data
 * directory) nobody on the machine gets in over TCP; while it runs, its endpoint file lets tools find it.
 */
class EmbeddedMariaDbSecurityTest {
    private static final Path DIR = Path.of("target", "test-mariadb-security").toAbsolutePath();

    @Test
    void onlyTheGeneratedPasswordGetsInAndTheRunningServerCanBeFound() throws Exception {
        String password;
        int port;
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(DIR, 0)) {
            port = db.port();
            DatabaseSettings s = db.settings("", 1);
            assertEquals(EmbeddedMariaDb.USER, s.user());
            password = s.password();
            assertTrue(password.length() >= 20, "a generated password");
            try (Connection c = DriverManager.getConnection(s.jdbcUrl(), s.user(), s.password());
                    ResultSet rs = c.createStatement().executeQuery("SELECT 1")) {
                assertTrue(rs.next());
            }
            for (String[] attempt : new String[][] {{"root", ""}, {"root", "root"}, {"", ""}, {"aden", ""}}) {
                assertThrows(
                        SQLException.class,
                        () -> DriverManager.getConnection(
                                        "jdbc:mariadb://127.0.0.1:" + db.port() + "/", attempt[0], attempt[1])
                                .close(),
                        "no way in as '" + attempt[0] + "' with password '" + attempt[1] + "'");
            }
            Path credentials = DIR.resolve("credentials");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)));
            assertFalse(Files.exists(DIR.resolve("tmp").resolve("aden-init.sql")), "the init file is removed");

            Optional<EmbeddedMariaDb.Running> running = EmbeddedMariaDb.findRunning(DIR);
            assertTrue(running.isPresent());
            assertEquals(db.port(), running.get().port());
            assertEquals(ProcessHandle.current().pid(), running.get().ownerPid());
            assertEquals(password, running.get().settings("x", 1).password());
        }
        assertTrue(EmbeddedMariaDb.findRunning(DIR).isEmpty(), "stopped: nothing to find");
        try (EmbeddedMariaDb again = EmbeddedMariaDb.start(DIR, 0)) {
            assertEquals(password, again.settings("", 1).password(), "the password is kept across restarts");
            assertTrue(port > 0);
        }
    }
}
