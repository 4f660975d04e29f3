package org.aden.tools.importer.l2j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aden.common.config.ConfigLoader;
import org.aden.common.db.Database;
import org.aden.common.db.DatabaseSettings;
import org.aden.common.testing.TestDatabase;
import org.aden.login.LoginConfig;
import org.aden.login.LoginServer;
import org.aden.login.account.AccountService;
import org.aden.login.account.AuthResult;
import org.aden.login.account.PasswordHasher;
import org.aden.tools.cli.AdenCli;
import org.aden.tools.client.login.LoginClient;
import org.aden.tools.client.login.LoginClient.LoginResult.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aden import} against real MariaDB schemas shaped like L2J Mobius' and aCis' (their own CREATE TABLE
 * statements, in src/test/resources/l2j), run twice, then an imported account logging in through the real login
 * server with its old password.
 */
class L2jImportTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    @TempDir
    static Path tmp;

    static final int HEROIC = 268_435_457;
    static final int HEALER = 268_435_458;
    static final int ORPHAN = 268_435_459;
    static final int ADMIN = 268_435_460;
    static final int EXISTING = 268_435_461;

    @Test
    void importsAMobiusServerOnceAndItsPlayersLogInWithTheirOldPasswords() throws Exception {
        String src = sourceDatabase("mobius_src", "/l2j/mobius-schema.sql");
        exec(
                src,
                "INSERT INTO accounts (login, password, created_time, lastactive, accessLevel, lastIP, lastServer) VALUES"
                        + " ('hero', '" + sha1("heropass")
                        + "', '2019-03-04 05:06:07', 1700000000000, 0, '10.0.0.5', 1),"
                        + " ('gm_master', '" + sha1("gmpass1") + "', '2019-03-04 05:06:07', 0, 100, NULL, 1),"
                        + " ('taken', '" + sha1("other1") + "', '2019-03-04 05:06:07', 0, 0, NULL, 1),"
                        + " ('bad.login', '" + sha1("abcd1") + "', '2019-03-04 05:06:07', 0, 0, NULL, 1)",
                "INSERT INTO characters (account_name, charId, char_name, level, maxHp, curHp, maxCp, curCp, maxMp,"
                        + " curMp, face, hairStyle, hairColor, sex, heading, x, y, z, exp, sp, karma, fame, pvpkills,"
                        + " pkkills, clanid, race, classid, base_class, deletetime, title, accesslevel, lastAccess,"
                        + " createDate) VALUES"
                        + " ('hero', " + HEROIC + ", 'Heroic', 40, 1200, 1100, 600, 500, 400, 300, 1, 2, 1, 0, 100,"
                        + " -71338, 258271, -3104, 3000000, 120000, 0, 77, 3, 1, 5, 0, 7, 1, 0,"
                        + " 'The Quite Long Title', 0, 1700000000000, '2020-05-01'),"
                        + " ('hero', " + HEALER + ", 'Healer', 20, 500, 500, 200, 200, 300, 300, 0, 0, 0, 1, 0,"
                        + " 46045, 41251, -3440, 100000, 5000, 0, 0, 0, 0, 0, 1, 29, 29, 0, NULL, 0, 0, '2020-05-02'),"
                        + " ('taken', " + ORPHAN + ", 'Orphan', 1, 100, 100, 50, 50, 30, 30, 0, 0, 0, 0, 0,"
                        + " 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, '2020-05-03'),"
                        + " ('gm_master', " + ADMIN
                        + ", 'Admin', 80, 5000, 5000, 2000, 2000, 1500, 1500, 0, 0, 0, 0, 0,"
                        + " 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 88, 88, 0, 'GM', 100, 0, '2020-05-04'),"
                        + " ('hero', " + EXISTING + ", 'Existing', 1, 100, 100, 50, 50, 30, 30, 0, 0, 0, 0, 0,"
                        + " 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NULL, 0, 0, '2020-05-05')",
                "INSERT INTO items (owner_id, object_id, item_id, count, enchant_level, loc, loc_data) VALUES"
                        + " (" + HEROIC + ", 268440001, 57, 1000000, 0, 'INVENTORY', 0),"
                        + " (" + HEROIC + ", 268440002, 2369, 1, 3, 'PAPERDOLL', 7),"
                        + " (" + HEROIC + ", 268440003, 112, 1, 0, 'PAPERDOLL', 1),"
                        + " (" + HEROIC + ", 268440004, 1060, 5, 0, 'WAREHOUSE', 0),"
                        + " (" + HEROIC + ", 268440005, 2375, 1, 0, 'PET', 0),"
                        + " (" + HEROIC + ", 268440006, 8552, 1, 0, 'PAPERDOLL', 15),"
                        + " (" + HEROIC + ", 268440007, 6406, 1, 0, 'PAPERDOLL', 14),"
                        + " (5, 268440008, 57, 10, 0, 'CLANWH', 0),"
                        + " (" + HEALER + ", 268440009, 1147, 1, 0, 'PAPERDOLL', 6)",
                "INSERT INTO character_skills (charId, skill_id, skill_level, class_index) VALUES"
                        + " (" + HEROIC + ", 3, 1, 0), (" + HEROIC + ", 194, 1, 0), (" + HEROIC + ", 1204, 2, 1),"
                        + " (" + HEALER + ", 1011, 5, 0)",
                "INSERT INTO character_quests (charId, name, var, value) VALUES"
                        + " (" + HEROIC + ", 'Q00201_FightersTutorial', '<state>', 'Started'),"
                        + " (" + HEROIC + ", 'Q00201_FightersTutorial', 'cond', '2'),"
                        + " (" + HEROIC + ", 'Q00201_FightersTutorial', 'ex', '1'),"
                        + " (" + HEROIC + ", '255_Tutorial', '<state>', 'Completed'),"
                        + " (" + HEROIC + ", 'Q00999_Strange', '<state>', 'Sleeping')",
                "INSERT INTO character_shortcuts (charId, slot, page, type, shortcut_id, level, class_index) VALUES"
                        + " (" + HEROIC + ", 0, 0, 2, 3, '1', 0),"
                        + " (" + HEROIC + ", 1, 0, 1, 268440001, '-1', 0),"
                        + " (" + HEROIC + ", 2, 0, 1, 268440005, '-1', 0),"
                        + " (" + HEROIC + ", 3, 0, 4, 1000, '0', 0),"
                        + " (" + HEROIC + ", 4, 0, 3, 2, '0', 0),"
                        + " (" + HEROIC + ", 0, 1, 2, 1204, '2', 1)",
                "INSERT INTO character_macroses (charId, id, icon, name, descr, acronym, commands) VALUES"
                        + " (" + HEROIC + ", 1000, 5, 'Buff', 'buff me up', 'BF',"
                        + " '1,1204,0;3,0,0,/target Heroic, hi;6,2,0;9,9,9;')",
                "INSERT INTO character_friends (charId, friendId, relation) VALUES"
                        + " (" + HEROIC + ", " + HEALER + ", 0), (" + HEALER + ", " + HEROIC + ", 0),"
                        + " (" + HEROIC + ", " + ADMIN + ", 1), (" + HEROIC + ", " + ORPHAN + ", 0)",
                "INSERT INTO character_subclasses (charId, class_id, exp, sp, level, class_index) VALUES" + " ("
                        + HEROIC + ", 7, 0, 0, 40, 1)",
                "INSERT INTO clan_data (clan_id, clan_name, clan_level, leader_id) VALUES (5, 'Knights', 3, " + HEROIC
                        + ")");

        DatabaseSettings loginDb = db.newSchema();
        DatabaseSettings gameDb = db.newSchema();
        try (Database login = Database.open(loginDb, "classpath:db/login", LoginServer.MAPPERS);
                Database game = Database.open(gameDb, "classpath:db/game", List.of())) {
            // an account and a character that exist here already, with the names of source ones
            exec(
                    loginDb.jdbcUrl(),
                    "INSERT INTO accounts (login, password_hash, access_level, created_at) VALUES ('taken', '"
                            + new PasswordHasher(4).hash("mine1") + "', 0, NOW())");
            exec(
                    gameDb.jdbcUrl(),
                    "INSERT INTO characters (obj_id, account, name, race, class_id, base_class_id, sex, hair_style,"
                            + " hair_color, face, current_hp, current_mp, current_cp, max_hp, max_mp, max_cp, x, y,"
                            + " z, created_at) VALUES (268435500, 'someone', 'existing', 0, 0, 0, 0, 0, 0, 0, 1, 1, 1,"
                            + " 1, 1, 1, 0, 0, 0, 0)");

            String first = importCli("mobius", src, loginDb, gameDb);
            assertTrue(first.contains("accounts             imported 2, already imported 0, skipped 2"), first);
            assertTrue(first.contains("characters           imported 3, already imported 0, skipped 2"), first);
            assertTrue(first.contains("accounts: login taken by an existing account: 1 (taken)"), first);
            assertTrue(first.contains("characters: name taken by an existing character: 1 (Existing)"), first);
            assertTrue(first.contains("characters: its account was not imported: 1 (Orphan (taken))"), first);
            assertTrue(first.contains("items: location PET has no counterpart here: 1"), first);
            assertTrue(first.contains("characters: was on a subclass: imported on its base class: 1 (Heroic)"), first);
            assertTrue(first.contains("characters: "), first);
            assertTrue(first.contains("fame"), "unmapped columns are listed: " + first);
            assertTrue(first.contains("character_subclasses (1), clan_data (1)"), first);
            Map<String, Long> afterFirst = counts(gameDb.jdbcUrl());

            String second = importCli("mobius", src, loginDb, gameDb);
            assertTrue(second.contains("accounts             imported 0, already imported 2, skipped 2"), second);
            assertTrue(second.contains("characters           imported 0, already imported 3, skipped 2"), second);
            assertTrue(second.contains("friends              imported 0, already imported 2, skipped 1"), second);
            assertEquals(afterFirst, counts(gameDb.jdbcUrl()), "a second run changes nothing");
            assertEquals(3L, one(loginDb.jdbcUrl(), "SELECT COUNT(*) FROM accounts"));

            // accounts: SHA-1 kept for one login (Mobius' VARCHAR(45) cannot hold bcrypt), access level and history
            // carried over
            assertEquals(
                    "{sha1}" + sha1("heropass"),
                    str(loginDb.jdbcUrl(), "SELECT password_hash FROM accounts WHERE login = 'hero'"));
            assertEquals(100L, one(loginDb.jdbcUrl(), "SELECT access_level FROM accounts WHERE login = 'gm_master'"));
            assertEquals("10.0.0.5", str(loginDb.jdbcUrl(), "SELECT last_ip FROM accounts WHERE login = 'hero'"));

            String g = gameDb.jdbcUrl();
            long heroic = one(g, "SELECT obj_id FROM characters WHERE name = 'Heroic'");
            assertTrue(heroic > 268435500, "new ids above our high-water mark");
            assertEquals(
                    "hero|Heroic|The Quite Long T|1|1|40|3000000|120000|-71338|258271|-3104|0",
                    str(
                            g,
                            "SELECT CONCAT_WS('|', account, name, title, class_id, base_class_id, level, exp, sp, x, y,"
                                    + " z, clan_id) FROM characters WHERE obj_id = " + heroic));
            assertEquals(100L, one(g, "SELECT access_level FROM characters WHERE name = 'Admin'"));
            assertEquals(0L, one(g, "SELECT COUNT(*) FROM characters WHERE name = 'Orphan'"));

            // items: paperdoll slots by name (L2J's left ear 1 is our LEFT_EAR 2, its HAIR 15 our 14, FACE 14 our 16)
            assertEquals(
                    List.of(
                            "57|1000000|0|INVENTORY|-1",
                            "112|1|0|PAPERDOLL|2",
                            "1060|5|0|WAREHOUSE|-1",
                            "2369|1|3|PAPERDOLL|7",
                            "6406|1|0|PAPERDOLL|16",
                            "8552|1|0|PAPERDOLL|14"),
                    strs(
                            g,
                            "SELECT CONCAT_WS('|', item_id, count, enchant_level, location, slot) FROM items WHERE"
                                    + " owner_id = " + heroic + " ORDER BY item_id"));
            assertEquals(
                    List.of("3|1", "194|1"),
                    strs(
                            g,
                            "SELECT CONCAT_WS('|', skill_id, skill_level) FROM character_skills WHERE char_id = "
                                    + heroic + " ORDER BY skill_id"));
            assertEquals(
                    List.of("255_Tutorial|255|COMPLETED|0", "Q00201_FightersTutorial|201|STARTED|2"),
                    strs(
                            g,
                            "SELECT CONCAT_WS('|', quest_name, quest_id, state, cond) FROM character_quests WHERE"
                                    + " char_id = " + heroic + " ORDER BY quest_name"));
            assertEquals(
                    List.of("Q00201_FightersTutorial|ex|1"),
                    strs(
                            g,
                            "SELECT CONCAT_WS('|', quest_name, name, value) FROM character_quest_vars WHERE char_id = "
                                    + heroic));
            long adena = one(g, "SELECT obj_id FROM items WHERE item_id = 57 AND owner_id = " + heroic);
            assertEquals(
                    List.of("0|0|SKILL|3|1", "0|1|ITEM|" + adena + "|-1", "0|3|MACRO|1000|0", "0|4|ACTION|2|0"),
                    strs(
                            g,
                            "SELECT CONCAT_WS('|', page, slot, type, target_id, level) FROM character_shortcuts WHERE"
                                    + " char_id = " + heroic + " ORDER BY page, slot"));
            assertEquals(
                    "1000|5|Buff|buff me up|BF",
                    str(
                            g,
                            "SELECT CONCAT_WS('|', macro_id, icon, name, description, acronym) FROM character_macros"
                                    + " WHERE char_id = " + heroic));
            assertEquals(
                    List.of("0|SKILL|1204|0|", "1|TEXT|0|0|/target Heroic, hi", "2|DELAY|2|0|"),
                    strs(
                            g,
                            "SELECT CONCAT_WS('|', position, type, d1, d2, command) FROM character_macro_commands"
                                    + " WHERE char_id = " + heroic + " ORDER BY position"));
            long healer = one(g, "SELECT obj_id FROM characters WHERE name = 'Healer'");
            long admin = one(g, "SELECT obj_id FROM characters WHERE name = 'Admin'");
            assertEquals(
                    List.of(heroic + "|" + healer, healer + "|" + heroic),
                    strs(g, "SELECT CONCAT_WS('|', char_id, friend_id) FROM character_friends ORDER BY char_id"));
            assertEquals(
                    List.of(heroic + "|" + admin),
                    strs(g, "SELECT CONCAT_WS('|', char_id, blocked_id) FROM character_block_list"));

            // the real login server: the old password works once against SHA-1, then the hash is bcrypt
            try (LoginServer server = startLoginServer(login)) {
                try (LoginClient c = LoginClient.connect("127.0.0.1", server.clientPort())) {
                    assertEquals(Outcome.OK, c.login("hero", "heropass").outcome());
                }
                String upgraded = str(loginDb.jdbcUrl(), "SELECT password_hash FROM accounts WHERE login = 'hero'");
                assertTrue(upgraded.startsWith("$2"), upgraded);
                try (LoginClient c = LoginClient.connect("127.0.0.1", server.clientPort())) {
                    assertEquals(Outcome.OK, c.login("hero", "heropass").outcome(), "and again against bcrypt");
                }
                try (LoginClient c = LoginClient.connect("127.0.0.1", server.clientPort())) {
                    assertFalse(c.login("hero", "wrongpass").ok());
                }
                // a third import after the upgrade still knows the account
                String third = importCli("mobius", src, loginDb, gameDb);
                assertTrue(third.contains("accounts             imported 0, already imported 2, skipped 2"), third);
            }
        }
    }

    @Test
    void importsAnAcisServerWhoseColumnsDiffer() throws Exception {
        String src = sourceDatabase("acis_src", "/l2j/acis-schema.sql");
        String bcrypt = new PasswordHasher(4).hash("dwarfpw"); // what newer aCis stores (jBCrypt, $2a$)
        exec(
                src,
                "INSERT INTO accounts (login, password, last_active, access_level, last_server) VALUES" + " ('elf', '"
                        + sha1("elfpass") + "', 1700000000000, 0, 1), ('dwarf', '" + bcrypt + "', 0, 0, 1)",
                "INSERT INTO characters (account_name, obj_Id, char_name, level, maxHp, curHp, maxCp, curCp, maxMp,"
                        + " curMp, face, hairStyle, hairColor, sex, heading, x, y, z, exp, sp, karma, pvpkills,"
                        + " pkkills, clanid, race, classid, base_class, deletetime, title, accesslevel, lastAccess)"
                        + " VALUES ('elf', 268435470, 'Sylph', 10, 300, 300, 100, 100, 200, 200, 0, 1, 1, 1, 0,"
                        + " 46045, 41251, -3440, 9000, 300, 0, 0, 0, 0, 1, 25, 25, NULL, '', 0, NULL),"
                        + " ('elf', 268435471, 'Sylvan', 10, 300, 300, 100, 100, 200, 200, 0, 1, 1, 1, 0,"
                        + " 46045, 41251, -3440, 9000, 300, 0, 0, 0, 0, 1, 18, 18, NULL, '', 0, NULL)",
                "INSERT INTO items (owner_id, object_id, item_id, count, enchant_level, loc, loc_data) VALUES"
                        + " (268435470, 268440100, 57, 500, 0, 'INVENTORY', 0),"
                        + " (268435470, 268440101, 6379, 1, 0, 'PAPERDOLL', 10)",
                "INSERT INTO character_skills (char_obj_id, skill_id, skill_level, class_index) VALUES"
                        + " (268435470, 1011, 3, 0)",
                "INSERT INTO character_quests (charId, name, var, value) VALUES"
                        + " (268435470, 'Q002_WhatWomenWant', '<state>', '1'),"
                        + " (268435470, 'Q002_WhatWomenWant', 'cond', '3')",
                "INSERT INTO character_shortcuts (char_obj_id, slot, page, type, id, level, class_index) VALUES"
                        + " (268435470, 0, 0, 'SKILL', 1011, 3, 0), (268435470, 1, 0, 'ITEM', 268440100, -1, 0)",
                "INSERT INTO character_macroses (char_obj_id, id, icon, name, descr, acronym, commands) VALUES"
                        + " (268435470, 1001, 1, 'Hi', '', 'HI', '3,0,0,hello;')",
                "INSERT INTO character_friends (char_id, friend_id, relation) VALUES (268435470, 268435471, 0)");

        DatabaseSettings loginDb = db.newSchema();
        DatabaseSettings gameDb = db.newSchema();
        String first = importCli("acis", src, loginDb, gameDb);
        assertTrue(first.contains("characters           imported 2, already imported 0, skipped 0"), first);
        Map<String, Long> afterFirst = counts(gameDb.jdbcUrl());
        String second = importCli("acis", src, loginDb, gameDb);
        assertTrue(second.contains("characters           imported 0, already imported 2, skipped 0"), second);
        assertEquals(afterFirst, counts(gameDb.jdbcUrl()));

        String g = gameDb.jdbcUrl();
        long sylph = one(g, "SELECT obj_id FROM characters WHERE name = 'Sylph'");
        assertEquals(
                "{sha1}" + sha1("elfpass"),
                str(loginDb.jdbcUrl(), "SELECT password_hash FROM accounts WHERE login = 'elf'"));
        assertEquals(bcrypt, str(loginDb.jdbcUrl(), "SELECT password_hash FROM accounts WHERE login = 'dwarf'"));
        try (Database login = Database.open(loginDb, "classpath:db/login", LoginServer.MAPPERS)) {
            AccountService accounts =
                    new AccountService(login.sqlSessionFactory(), new PasswordHasher(4), InstantSource.system(), false);
            assertInstanceOf(AuthResult.Success.class, accounts.authenticate("dwarf", "dwarfpw", "127.0.0.1"));
            assertInstanceOf(AuthResult.Success.class, accounts.authenticate("elf", "elfpass", "127.0.0.1"));
            assertTrue(str(loginDb.jdbcUrl(), "SELECT password_hash FROM accounts WHERE login = 'elf'")
                    .startsWith("$2"));
        }
        assertEquals(
                List.of("57|INVENTORY|-1", "6379|PAPERDOLL|10"),
                strs(
                        g,
                        "SELECT CONCAT_WS('|', item_id, location, slot) FROM items WHERE owner_id = " + sylph
                                + " ORDER BY item_id"));
        assertEquals(1L, one(g, "SELECT COUNT(*) FROM character_skills WHERE char_id = " + sylph));
        assertEquals(
                "Q002_WhatWomenWant|2|STARTED|3",
                str(g, "SELECT CONCAT_WS('|', quest_name, quest_id, state, cond) FROM character_quests"));
        long adena = one(g, "SELECT obj_id FROM items WHERE item_id = 57");
        assertEquals(
                List.of("SKILL|1011|3", "ITEM|" + adena + "|-1"),
                strs(g, "SELECT CONCAT_WS('|', type, target_id, level) FROM character_shortcuts ORDER BY slot"));
        assertEquals("TEXT|hello", str(g, "SELECT CONCAT_WS('|', type, command) FROM character_macro_commands"));
        assertEquals(1L, one(g, "SELECT COUNT(*) FROM character_friends"));
        assertTrue(first.contains("punish_level"), "aCis' own columns are listed as not imported: " + first);
    }

    // ---- helpers ----

    private static String importCli(String flavor, String src, DatabaseSettings login, DatabaseSettings game) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int code;
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            code = AdenCli.run(
                    "import",
                    flavor,
                    "--jdbc-url",
                    src,
                    "--db-user",
                    user(),
                    "--db-password=" + password(),
                    "--target-login-url",
                    login.jdbcUrl(),
                    "--target-game-url",
                    game.jdbcUrl(),
                    "--target-db-user",
                    login.user(),
                    "--target-db-password=" + login.password(),
                    "--config-dir",
                    emptyConfigDir().toString());
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        System.out.print(out);
        assertEquals(0, code, out);
        return out;
    }

    /** Config files at their defaults (the command reads db.* from them unless told otherwise). */
    private static Path emptyConfigDir() {
        try {
            for (String f : List.of("loginserver.properties", "gameserver.properties")) {
                Path p = tmp.resolve(f);
                if (!Files.exists(p)) {
                    Files.writeString(p, "# defaults\n");
                }
            }
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LoginServer startLoginServer(Database login) throws IOException {
        Map<String, String> o = new HashMap<>(Map.of(
                "login.client.host", "127.0.0.1",
                "login.client.port", "0",
                "login.link.port", "0",
                "login.link.secret", "import-test-secret",
                "login.auto-create", "false",
                "login.bcrypt-cost", "4",
                "login.rsa-pool-size", "2"));
        LoginServer s =
                new LoginServer(LoginConfig.from(ConfigLoader.load(null, LoginConfig.SPEC, Map.of(), o)), login);
        s.start();
        return s;
    }

    /** A fresh database on the test MariaDB with the flavor's tables. */
    private static String sourceDatabase(String name, String schemaResource) throws Exception {
        DatabaseSettings s = db.newSchema();
        String url = s.jdbcUrl() + "_" + name;
        try (Connection c =
                        DriverManager.getConnection(url + "?createDatabaseIfNotExist=true", s.user(), s.password());
                InputStream in = L2jImportTest.class.getResourceAsStream(schemaResource);
                Statement st = c.createStatement()) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String stmt : sql.split(";\\s*\\n")) {
                String body = stmt.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
                if (!body.isBlank()) {
                    st.execute(body);
                }
            }
        }
        return url;
    }

    private static String user() {
        return db.server().settings("any", 1).user();
    }

    private static String password() {
        return db.server().settings("any", 1).password();
    }

    private static String sha1(String password) {
        return PasswordHasher.legacySha1(password);
    }

    private static void exec(String url, String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user(), password());
                Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    private static List<String> strs(String url, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user(), password());
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static String str(String url, String sql) throws SQLException {
        List<String> l = strs(url, sql);
        assertEquals(1, l.size(), sql);
        return l.get(0);
    }

    private static long one(String url, String sql) throws SQLException {
        return Long.parseLong(str(url, sql));
    }

    private static Map<String, Long> counts(String gameUrl) throws SQLException {
        Map<String, Long> m = new HashMap<>();
        for (String t : List.of(
                "characters",
                "items",
                "character_skills",
                "character_quests",
                "character_quest_vars",
                "character_shortcuts",
                "character_macros",
                "character_macro_commands",
                "character_friends",
                "character_block_list",
                "import_map")) {
            m.put(t, one(gameUrl, "SELECT COUNT(*) FROM " + t));
        }
        return m;
    }
}
