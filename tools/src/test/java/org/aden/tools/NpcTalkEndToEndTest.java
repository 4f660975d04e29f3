package org.aden.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aden.common.config.ConfigLoader;
import org.aden.common.db.Database;
import org.aden.common.link.SessionKey;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameConfig;
import org.aden.game.GameServer;
import org.aden.login.LoginConfig;
import org.aden.login.LoginServer;
import org.aden.login.account.AccountService;
import org.aden.login.account.PasswordHasher;
import org.aden.tools.client.game.GameConnection;
import org.aden.tools.client.game.GameServerPackets.CharInfo;
import org.aden.tools.client.game.WorldClient;
import org.aden.tools.client.game.WorldPackets;
import org.aden.tools.client.login.LoginClient;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Talking to Roxxy, the gatekeeper of Talking Island Village, with the headless client (game cipher on) against
 * the real login server, game server, shipped scripts and datapack and an embedded MariaDB: two clicks open her
 * page, a forged link does nothing, her link to the Obelisk of Victory teleports the player and takes 470 adena
 * from the items table. An event script's timer shows a page of no NPC whose link a bypass script answers.
 */
class NpcTalkEndToEndTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static final String SECRET = "talk-e2e-secret";
    static final Duration WAIT = Duration.ofSeconds(20);
    static final int ROXXY = 30006;
    static final int ROXXY_X = -84108;
    static final int ROXXY_Y = 244604;
    static final int ROXXY_Z = -3728;
    static Path scripts; // a copy: one test breaks a script on purpose
    static Database loginDb;
    static Database gameDb;
    static LoginServer login;
    static GameServer game;

    @BeforeAll
    static void start() throws Exception {
        loginDb = Database.open(db.newSchema(), "classpath:db/login", LoginServer.MAPPERS);
        gameDb = Database.open(db.newSchema(), "classpath:db/game", GameServer.MAPPERS);
        login = new LoginServer(
                LoginConfig.from(ConfigLoader.load(
                        null,
                        LoginConfig.SPEC,
                        Map.of(),
                        Map.of(
                                "login.client.host", "127.0.0.1",
                                "login.client.port", "0",
                                "login.link.port", "0",
                                "login.link.secret", SECRET,
                                "login.auto-create", "true",
                                "login.bcrypt-cost", "4",
                                "login.rsa-pool-size", "2"))),
                loginDb);
        login.start();
        Path root = Path.of(System.getProperty("aden.root", "..")).toAbsolutePath();
        scripts = Files.createTempDirectory("aden-scripts");
        try (Stream<Path> all = Files.walk(root.resolve("scripts"))) {
            for (Path f : all.toList()) {
                Path to = scripts.resolve(root.resolve("scripts").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        // an event of the test's own: a page 1.5 s after Herald enters the world, linking to the shipped "tips"
        Files.writeString(scripts.resolve("events/e2e-herald.groovy"), """
                import org.aden.game.script.api.EventScript
                import org.aden.game.script.api.PlayerEvent

                new EventScript() {
                    void onEnterWorld(PlayerEvent e) {
                        if (e.player().name() == 'Herald') e.timers().start('greet', 1500)
                    }

                    void onTimer(PlayerEvent e, String name) {
                        e.dialogue().show('Greetings, %playerName%.<br><a action="bypass -h tips">Tips</a>')
                    }
                }
                """);
        Map<String, String> o = new HashMap<>(Map.of(
                "game.host",
                "127.0.0.1",
                "game.port",
                "0",
                "game.server-id",
                "1",
                "game.login.port",
                Integer.toString(login.linkPort()),
                "game.login.secret",
                SECRET,
                "game.datapack",
                root.resolve("datapack").toString(),
                "game.world.scripts",
                scripts.toString(),
                "game.world.linger",
                "1s"));
        game = new GameServer(GameConfig.from(ConfigLoader.load(null, GameConfig.SPEC, Map.of(), o)), gameDb);
        game.start();
        assertTrue(game.link().awaitConnected(Duration.ofSeconds(10)), "game server registers");
    }

    @AfterAll
    static void stop() throws IOException {
        if (scripts != null) {
            try (Stream<Path> all = Files.walk(scripts)) {
                for (Path f : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
        for (AutoCloseable c : new AutoCloseable[] {game, login, gameDb, loginDb}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // best effort
            }
        }
    }

    static SessionKey keys(String account) throws IOException {
        try (LoginClient c = LoginClient.connect("127.0.0.1", login.clientPort())) {
            assertTrue(c.login(account, "secret12").ok(), "login of " + account);
            c.serverList();
            assertTrue(c.requestServerLogin(1).ok(), "PlayOk");
            return c.sessionKey();
        }
    }

    static GameConnection lobby(String account, String name) throws IOException {
        SessionKey k = keys(account);
        GameConnection c = GameConnection.connect("127.0.0.1", game.port());
        c.protocolVersion(746);
        List<CharInfo> chars = c.authLogin(account, k);
        if (chars.isEmpty()) {
            assertTrue(c.createCharacter(name, 0, 0, 0, 0, 0, 0).ok(), "character created");
        }
        return c;
    }

    static <T> T sql(SqlFunction<T> f) throws SQLException {
        try (SqlSession s = gameDb.sqlSessionFactory().openSession(true)) {
            return f.apply(s.getConnection());
        }
    }

    interface SqlFunction<T> {
        T apply(Connection c) throws SQLException;
    }

    /** The character's adena in the items table. */
    static long adena(int ownerId) throws SQLException {
        return sql(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT COALESCE(SUM(count), 0) FROM items WHERE owner_id = ? AND item_id = 57")) {
                st.setInt(1, ownerId);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Creates the character, then places it beside Roxxy with some adena while it is out of the world. */
    static int besideRoxxy(String account, String name, long adena) throws Exception {
        lobby(account, name).close();
        int me = sql(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT obj_id FROM characters WHERE name = ?")) {
                st.setString(1, name);
                ResultSet rs = st.executeQuery();
                rs.next();
                return rs.getInt(1);
            }
        });
        sql(c -> {
            try (PreparedStatement st =
                    c.prepareStatement("UPDATE characters SET x = ?, y = ?, z = ? WHERE obj_id = ?")) {
                st.setInt(1, ROXXY_X + 70);
                st.setInt(2, ROXXY_Y + 20);
                st.setInt(3, ROXXY_Z);
                st.setInt(4, me);
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO items (obj_id, owner_id, item_id, count,"
                    + " enchant_level, location, slot) VALUES (?, ?, 57, ?, 0, 'INVENTORY', -1)")) {
                st.setInt(1, 2_000_000_000 - me % 1_000_000); // far above the ids the server hands out in a test
                st.setInt(2, me);
                st.setLong(3, adena);
                st.executeUpdate();
            }
            return null;
        });
        return me;
    }

    static WorldClient enterBesideRoxxy(String account, String name, long adena) throws Exception {
        besideRoxxy(account, name, adena);
        GameConnection c = lobby(account, name);
        c.select(0);
        return WorldClient.enter(c, true, null, WAIT);
    }

    static int roxxy(WorldClient w) {
        byte[] info = w.await(
                p -> WorldPackets.opcode(p) == WorldPackets.NPC_INFO
                        && WorldPackets.npcInfo(p).npcTypeId() == ROXXY + 1_000_000,
                Duration.ofSeconds(60));
        assertNotNull(info, "Roxxy is in sight");
        assertFalse(WorldPackets.npcInfo(info).attackable());
        return WorldPackets.npcInfo(info).objectId();
    }

    @Test
    void roxxysLinkTeleportsThePlayerAndTakesTheAdena() throws Exception {
        try (WorldClient w = enterBesideRoxxy("pilgrim", "Wanderer", 1000)) {
            int me = w.me().objectId();
            int roxxy = roxxy(w);

            w.action(roxxy); // selects her
            w.action(roxxy); // talks
            byte[] page = w.await(p -> WorldPackets.opcode(p) == WorldPackets.NPC_HTML_MESSAGE, WAIT);
            assertNotNull(page, "her page");
            WorldPackets.NpcHtml html = WorldPackets.npcHtml(page);
            assertEquals(roxxy, html.npcObjectId());
            Matcher link = Pattern.compile("bypass -h (npc_\\d+_goto 1001)\"").matcher(html.html());
            assertTrue(link.find(), html.html());
            assertTrue(html.html().contains("Obelisk of Victory</a> (470 Adena)"), html.html());

            int mark = w.mark();
            w.bypass("npc_" + roxxy + "_goto 1"); // a route of another town, never offered
            assertNotNull(w.awaitAfter(mark, p -> WorldPackets.opcode(p) == WorldPackets.ACTION_FAILED, WAIT));
            assertNull(
                    w.awaitAfter(
                            mark,
                            p -> WorldPackets.opcode(p) == WorldPackets.TELEPORT_TO_LOCATION,
                            Duration.ofMillis(500)),
                    "a forged link does nothing");

            mark = w.mark();
            w.bypass(link.group(1));
            byte[] tp = w.awaitAfter(mark, p -> WorldPackets.opcode(p) == WorldPackets.TELEPORT_TO_LOCATION, WAIT);
            assertNotNull(tp, "TeleportToLocation");
            assertEquals(me, WorldPackets.objectId(tp));
            assertEquals(-99586, new org.aden.common.net.PacketReader(tp, 5, 4).readD(), "to the Obelisk of Victory");
            assertNotNull(
                    w.awaitAfter(mark, p -> WorldPackets.opcode(p) == WorldPackets.ITEM_LIST, WAIT),
                    "the inventory is refreshed");
            long left = -1;
            for (int i = 0; i < 100 && left != 530; i++) {
                left = adena(me);
                Thread.sleep(50);
            }
            assertEquals(530, left, "470 adena taken in the items table");
            assertFalse(w.isClosed());
        }
    }

    @Test
    void anEventScriptsTimerShowsAPageWithoutNpcWhoseLinkTheBypassScriptAnswers() throws Exception {
        try (WorldClient w = enterBesideRoxxy("herald", "Herald", 10)) {
            long entered = System.nanoTime();
            byte[] page = w.await(p -> WorldPackets.opcode(p) == WorldPackets.NPC_HTML_MESSAGE, WAIT);
            assertNotNull(page, "the timer's page");
            assertTrue(System.nanoTime() - entered >= 1_000_000_000L, "not before the timer's 1.5 s");
            WorldPackets.NpcHtml html = WorldPackets.npcHtml(page);
            assertEquals(0, html.npcObjectId(), "a page of no NPC");
            assertTrue(
                    html.html().contains("Greetings, Herald.") && html.html().contains("bypass -h tips"), html.html());

            int mark = w.mark();
            w.bypass("tipsy"); // never offered
            assertNotNull(w.awaitAfter(mark, p -> WorldPackets.opcode(p) == WorldPackets.ACTION_FAILED, WAIT));
            assertNull(w.awaitAfter(
                    mark, p -> WorldPackets.opcode(p) == WorldPackets.NPC_HTML_MESSAGE, Duration.ofMillis(500)));

            mark = w.mark();
            w.bypass("tips");
            byte[] tips = w.awaitAfter(mark, p -> WorldPackets.opcode(p) == WorldPackets.NPC_HTML_MESSAGE, WAIT);
            assertNotNull(tips, "the bypass script's page");
            assertTrue(
                    WorldPackets.npcHtml(tips).html().contains("Advice for level 1"),
                    WorldPackets.npcHtml(tips).html());
            assertFalse(w.isClosed());
        }
    }

    @Test
    void aScriptBrokenOnPurposeIsReportedWithItsLineAndTheOldOneKeepsRunning() throws Exception {
        assertTrue(new AccountService(loginDb.sqlSessionFactory(), new PasswordHasher(4), InstantSource.system(), false)
                .create("keeper", "secret12", 100));
        try (WorldClient w = enterBesideRoxxy("keeper", "Keeper", 10)) {
            int roxxy = roxxy(w);
            Path gatekeeper = scripts.resolve("npcs/gatekeeper.groovy");
            String good = Files.readString(gatekeeper);
            int lines = good.split("\n", -1).length;
            Files.writeString(gatekeeper, good + "}\n"); // one brace too many on the last line
            int mark = w.mark();
            w.adminCommand("reload scripts gatekeeper");
            byte[] error = w.awaitAfter(
                    mark,
                    p -> WorldPackets.opcode(p) == WorldPackets.SYSTEM_MESSAGE
                            && String.valueOf(WorldPackets.messageText(p)).contains("gatekeeper.groovy:"),
                    WAIT);
            assertNotNull(error, "the GM sees the compile error");
            String text = WorldPackets.messageText(error);
            assertTrue(text.matches(".*npcs/gatekeeper\\.groovy:" + lines + ": .*"), text + " (line " + lines + ")");
            assertNotNull(w.awaitAfter(
                    mark,
                    p -> WorldPackets.opcode(p) == WorldPackets.SYSTEM_MESSAGE
                            && String.valueOf(WorldPackets.messageText(p)).contains("1 failed"),
                    WAIT));

            mark = w.mark();
            w.action(roxxy);
            w.action(roxxy);
            byte[] page = w.awaitAfter(mark, p -> WorldPackets.opcode(p) == WorldPackets.NPC_HTML_MESSAGE, WAIT);
            assertNotNull(page);
            assertTrue(WorldPackets.npcHtml(page).html().contains("_goto 1001"), "the old gatekeeper still answers");
            Files.writeString(gatekeeper, good);
        }
    }
}
