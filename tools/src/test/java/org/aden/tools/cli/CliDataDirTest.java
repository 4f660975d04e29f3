package org.aden.tools.cli;

import static org.aden.tools.cli.AdenCliTest.capture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.aden.common.db.Database;
import org.aden.common.db.DatabaseSettings;
import org.aden.common.db.EmbeddedMariaDb;
import org.aden.login.LoginServer;
import org.aden.tools.cli.AdenCliTest.Output;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI on a shard's data directory: it uses the embedded database the shard runs (here: this JVM, as run.sh
 * would) instead of starting a second one, and a backup of it restores into a fresh data directory.
 */
class CliDataDirTest {
    private static final Path CONFIG = Path.of(System.getProperty("aden.root", ".."))
            .toAbsolutePath()
            .normalize()
            .resolve("config");

    @TempDir
    Path tmp;

    private static Output cli(String... args) {
        return capture(() -> AdenCli.run(args));
    }

    @Test
    void usesTheRunningShardsDatabaseAndABackupRestoresIntoAFreshDataDirectory() throws Exception {
        Path shard = tmp.resolve("shard");
        Path fresh = tmp.resolve("fresh");
        Path backup = tmp.resolve("backups").resolve("aden.sql.gz");
        try (EmbeddedMariaDb running = EmbeddedMariaDb.start(shard.resolve("mariadb"), 0)) {
            // the shard's servers have their schemas
            DatabaseSettings loginSchema = running.settings("aden_login", 2);
            Database.open(loginSchema, "classpath:db/login", LoginServer.MAPPERS)
                    .close();

            String[] where = {"--config-dir", CONFIG.toString(), "--data-dir", shard.toString()};
            Output created = cli(concat(new String[] {"account", "create", "keeper", "-p", "secret1"}, where));
            // a second MariaDB on the same data would have failed ("in use by ... another running process")
            assertEquals(0, created.code(), created.err());
            try (Connection c = DriverManager.getConnection(
                            loginSchema.jdbcUrl(), loginSchema.user(), loginSchema.password());
                    ResultSet rs = c.createStatement().executeQuery("SELECT login FROM accounts")) {
                assertTrue(rs.next());
                assertEquals("keeper", rs.getString(1), "written into the running shard's database");
            }
            Output saved = cli(concat(new String[] {"db", "backup", backup.toString()}, where));
            assertEquals(0, saved.code(), saved.err());
            assertTrue(saved.out().startsWith("Backed up aden_login and aden_game to "), saved.out());
            try (Connection c = DriverManager.getConnection(
                            running.settings("aden_game", 1).jdbcUrl(),
                            running.settings("aden_game", 1).user(),
                            running.settings("aden_game", 1).password());
                    Statement s = c.createStatement()) {
                s.execute("INSERT INTO characters (obj_id, account, name, race, class_id, base_class_id, sex,"
                        + " hair_style, hair_color, face, current_hp, current_mp, current_cp, max_hp, max_mp, max_cp,"
                        + " x, y, z, created_at) VALUES (1, 'keeper', 'AfterBackup', 0, 0, 0, 0, 0, 0, 0, 1, 1, 1,"
                        + " 1, 1, 1, 0, 0, 0, 0)");
            }
            Output refused = cli(concat(new String[] {"db", "restore", backup.toString()}, where));
            assertEquals(2, refused.code(), "no restore under a running shard: " + refused.err());
            assertTrue(refused.err().contains("stop the servers before restoring"), refused.err());
        }
        assertTrue(Files.size(backup) > 1000);

        String[] into = {"--config-dir", CONFIG.toString(), "--data-dir", fresh.toString()};
        // a fresh data directory: the CLI starts (and stops) its embedded database itself
        Output restored = cli(concat(new String[] {"db", "restore", backup.toString()}, into));
        assertEquals(0, restored.code(), restored.err());
        Output list = cli(concat(new String[] {"account", "list"}, into));
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("keeper"), list.out());
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(fresh.resolve("mariadb"), 0);
                Connection c = DriverManager.getConnection(
                        db.settings("aden_game", 1).jdbcUrl(),
                        db.settings("aden_game", 1).user(),
                        db.settings("aden_game", 1).password());
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT COUNT(*) FROM characters WHERE name = 'AfterBackup'")) {
            assertTrue(rs.next());
            assertEquals(0, rs.getInt(1), "the game schema is the one of the backup");
            // both schemas were restored with their migration history: the servers would start on them
            ResultSet h = c.createStatement().executeQuery("SELECT COUNT(*) FROM flyway_schema_history");
            assertTrue(h.next() && h.getInt(1) >= 1);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
