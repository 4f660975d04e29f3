package org.aden.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of a process leaves its MariaDB child running on the data directory; the next start must take over
 * the directory (with everything committed before the kill) instead of failing on the locks.
 */
class EmbeddedMariaDbLeftoverTest {
    private static final Path DIR = Path.of("target", "test-mariadb-leftover").toAbsolutePath();

    /** The process that is killed: starts the server, commits a row, says "ready" and waits. */
    public static void main(String[] args) throws Exception {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of(args[0]), 0);
        try (Connection c = connect(db);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS kept");
            s.execute("CREATE TABLE IF NOT EXISTS kept.t (v VARCHAR(20))");
            s.execute("DELETE FROM kept.t");
            s.execute("INSERT INTO kept.t VALUES ('before the kill')");
        }
        System.out.println("ready");
        Thread.sleep(120_000);
    }

    private static Connection connect(EmbeddedMariaDb db) throws java.sql.SQLException {
        DatabaseSettings s = db.settings("", 1);
        return DriverManager.getConnection(s.jdbcUrl(), s.user(), s.password());
    }

    @Test
    void startTakesOverFromAMariaDbLeftByAKilledProcess() throws Exception {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedMariaDbLeftoverTest.class.getName(),
                        DIR.toString())
                .redirectErrorStream(true)
                .start();
        ProcessHandle orphan;
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.equals("ready")) {
                // the child's log
            }
            assertEquals("ready", line, "the child started its MariaDB");
            List<ProcessHandle> kids = child.toHandle().children().toList();
            assertEquals(1, kids.size(), "one MariaDB child");
            orphan = kids.get(0);
        } finally {
            child.destroyForcibly(); // SIGKILL: the JVM cannot stop its MariaDB
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(orphan.isAlive(), "the MariaDB outlives the killed process");

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(DIR, 0);
                Connection c = connect(db);
                ResultSet rs = c.createStatement().executeQuery("SELECT v FROM kept.t")) {
            assertFalse(orphan.isAlive(), "the leftover was stopped");
            assertTrue(rs.next());
            assertEquals("before the kill", rs.getString(1));
        } finally {
            orphan.destroyForcibly();
        }
    }
}
