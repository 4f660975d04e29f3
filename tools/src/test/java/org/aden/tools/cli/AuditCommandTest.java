package org.aden.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.aden.common.db.Database;
import org.aden.common.db.DatabaseSettings;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameServer;
import org.aden.tools.cli.AdenCliTest.Output;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code aden audit} on a real game schema: clean, then with one planted defect of each kind. */
class AuditCommandTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    @TempDir
    static Path tmp;

    static final String CHARACTER = "INSERT INTO characters (obj_id, account, name, race, class_id, base_class_id, sex,"
            + " hair_style, hair_color, face, level, max_hp, max_mp, max_cp, current_hp, current_mp, current_cp, x, y, z,"
            + " created_at) VALUES (%d, 'acc', '%s', 0, 0, 0, 0, 0, 0, 0, 1, 80, 30, 32, 80, 30, 32, 0, 0, 0, 0)";

    static String item(int objectId, int owner, int itemId, long count, String location, int slot) {
        return "INSERT INTO items (obj_id, owner_id, item_id, count, location, slot) VALUES (" + objectId + ", " + owner
                + ", " + itemId + ", " + count + ", '" + location + "', " + slot + ")";
    }

    static Output audit(DatabaseSettings s) throws IOException {
        Path config = tmp.resolve("gameserver.properties");
        if (!Files.exists(config)) {
            Files.writeString(config, "# defaults\n");
        }
        Path datapack = Path.of(System.getProperty("aden.root", ".."), "datapack");
        return AdenCliTest.capture(() -> AdenCli.run(
                "audit",
                "--game-config",
                config.toString(),
                "--game-jdbc-url",
                s.jdbcUrl(),
                "--db-user",
                s.user(),
                "--db-password=" + s.password(),
                "--datapack",
                datapack.toString()));
    }

    static void exec(DatabaseSettings s, String... sql) throws SQLException {
        try (Database d = Database.open(s, "classpath:db/game", GameServer.MAPPERS);
                Connection c = d.dataSource().getConnection();
                Statement st = c.createStatement()) {
            for (String q : sql) {
                st.execute(q);
            }
        }
    }

    @Test
    void aCleanDatabasePassesAndEveryPlantedDefectIsOneLine() throws Exception {
        DatabaseSettings s = db.newSchema();
        exec(
                s,
                String.format(CHARACTER, 1000, "Clean"),
                String.format(CHARACTER, 2000, "Other"),
                item(1001, 1000, 57, 5000, "INVENTORY", -1), // adena
                item(1002, 1000, 1, 1, "PAPERDOLL", 7), // a sword in the right hand
                item(1003, 1000, 1, 1, "INVENTORY", -1)); // a second sword, not stacked: fine
        Output clean = audit(s);
        assertEquals(0, clean.code(), clean.out() + clean.err());
        assertTrue(clean.out().contains("no problems in 3 items of 2 characters"), clean.out());

        exec(
                s,
                item(3001, 999, 57, 10, "INVENTORY", -1), // owner missing
                item(2000, 1000, 57, 1, "WAREHOUSE", -1), // object id of a character
                item(3002, 2000, 1, -3, "INVENTORY", -1), // negative count
                item(3003, 1000, 57, 7, "INVENTORY", -1), // adena split in two rows
                item(3004, 2000, 1, 5, "INVENTORY", -1), // a sword with a count
                item(3005, 1000, 2, 1, "PAPERDOLL", 7), // a second item in the right hand
                // a damaged restore: the key is gone and one item has two owners
                "ALTER TABLE items DROP PRIMARY KEY",
                item(1003, 2000, 1, 1, "INVENTORY", -1));
        Output bad = audit(s);
        assertEquals(1, bad.code(), bad.out() + bad.err());
        List<String> lines = bad.out().lines().toList();
        assertEquals(
                List.of(
                        "item 1003: 2 rows with 2 owners (1000,2000)",
                        "object id 2000: used by item 57 and by character Other",
                        "item 3001 (item id 57): owner 999 does not exist",
                        "item 3002 (item id 1) of owner 2000: count -3",
                        "stackable item id 57 of owner 1000 in INVENTORY: split over 2 rows (1001,3003)",
                        "item 3004 (item id 1, does not stack) of owner 2000: count 5",
                        "owner 1000: paperdoll slot 7 holds 2 items (1002,3005)"),
                lines);
        assertTrue(bad.err().contains("7 problem(s)"), bad.err());
    }
}
