package org.aden.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
 * Letters of Love (quest 1) played through its dialogs with the headless client (game cipher on) against the real
 * login server, game server, shipped scripts and datapack and an embedded MariaDB: Darin, Roxxy, Darin, Baulro,
 * Darin, each reached with a GM teleport and two clicks; the Necklace of Knowledge and 2466 adena are in the items
 * table once and the quest row says completed; talking to Darin again gives nothing more.
 */
class QuestEndToEndTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static final String SECRET = "quest-e2e-secret";
    static final Duration WAIT = Duration.ofSeconds(20);
    static final int DARIN = 30048;
    static final int ROXXY = 30006;
    static final int BAULRO = 30033;
    /** Where each stands in the spawn table. */
    static final Map<Integer, int[]> AT = Map.of(
            DARIN, new int[] {-84436, 242793, -3728},
            ROXXY, new int[] {-84108, 244604, -3728},
            BAULRO, new int[] {-84729, 245001, -3720});

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
                root.resolve("scripts").toString(),
                "game.world.linger",
                "1s"));
        game = new GameServer(GameConfig.from(ConfigLoader.load(null, GameConfig.SPEC, Map.of(), o)), gameDb);
        game.start();
        assertTrue(game.link().awaitConnected(Duration.ofSeconds(10)), "game server registers");
    }

    @AfterAll
    static void stop() {
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

    static <T> T sql(SqlFunction<T> f) throws SQLException {
        try (SqlSession s = gameDb.sqlSessionFactory().openSession(true)) {
            return f.apply(s.getConnection());
        }
    }

    interface SqlFunction<T> {
        T apply(Connection c) throws SQLException;
    }

    static long items(int ownerId, int itemId) throws SQLException {
        return sql(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT COALESCE(SUM(count), 0) FROM items WHERE owner_id = ? AND item_id = ?")) {
                st.setInt(1, ownerId);
                st.setInt(2, itemId);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Waits until the items table shows that count (the writes are off the world thread). */
    static long awaitItems(int ownerId, int itemId, long expected) throws Exception {
        long n = -1;
        for (int i = 0; i < 200 && n != expected; i++) {
            n = items(ownerId, itemId);
            Thread.sleep(50);
        }
        return n;
    }

    /** A GM account's new level-5 character in the world (a GM so that it can teleport to each NPC). */
    static WorldClient enter(String account, String name) throws Exception {
        assertTrue(new AccountService(loginDb.sqlSessionFactory(), new PasswordHasher(4), InstantSource.system(), false)
                .create(account, "secret12", 100));
        SessionKey k = keys(account);
        try (GameConnection c = GameConnection.connect("127.0.0.1", game.port())) {
            c.protocolVersion(746);
            List<CharInfo> chars = c.authLogin(account, k);
            if (chars.isEmpty()) {
                assertTrue(c.createCharacter(name, 0, 0, 0, 0, 0, 0).ok(), "character created");
            }
        }
        sql(c -> {
            try (PreparedStatement st =
                    c.prepareStatement("UPDATE characters SET level = 5, exp = 2884 WHERE name = ?")) {
                st.setString(1, name);
                st.executeUpdate();
            }
            return null;
        });
        GameConnection c = GameConnection.connect("127.0.0.1", game.port());
        c.protocolVersion(746);
        c.authLogin(account, keys(account));
        c.select(0);
        return WorldClient.enter(c, true, null, WAIT);
    }

    static SessionKey keys(String account) throws IOException {
        try (LoginClient c = LoginClient.connect("127.0.0.1", login.clientPort())) {
            assertTrue(c.login(account, "secret12").ok(), "login of " + account);
            c.serverList();
            assertTrue(c.requestServerLogin(1).ok(), "PlayOk");
            return c.sessionKey();
        }
    }

    /** Teleports beside the NPC, clicks it twice and returns its object id once its first page came. */
    static int talkTo(WorldClient w, int npcId) throws Exception {
        int[] at = AT.get(npcId);
        int mark = w.mark();
        w.adminCommand("teleport " + (at[0] + 60) + " " + at[1] + " " + at[2]);
        assertNotNull(w.awaitAfter(mark, p -> WorldPackets.opcode(p) == WorldPackets.TELEPORT_TO_LOCATION, WAIT));
        // seen since the start: an NPC already in sight before the teleport gets no second NpcInfo
        byte[] info = w.await(
                p -> WorldPackets.opcode(p) == WorldPackets.NPC_INFO
                        && WorldPackets.npcInfo(p).npcTypeId() == npcId + 1_000_000,
                WAIT);
        assertNotNull(info, "NPC " + npcId + " is in sight");
        int objectId = WorldPackets.npcInfo(info).objectId();
        mark = w.mark();
        w.action(objectId);
        w.action(objectId);
        assertNotNull(page(w, mark), "the first page of " + npcId);
        return objectId;
    }

    static String page(WorldClient w, int mark) {
        byte[] p = w.awaitAfter(mark, b -> WorldPackets.opcode(b) == WorldPackets.NPC_HTML_MESSAGE, WAIT);
        return p == null ? null : WorldPackets.npcHtml(p).html();
    }

    /** Clicks a link of the last page and returns the page it brought. */
    static String click(WorldClient w, int npc, String command) throws IOException {
        int mark = w.mark();
        w.bypass("npc_" + npc + "_" + command);
        return page(w, mark);
    }

    @Test
    void lettersOfLoveThroughItsDialogsRewardsOnce() throws Exception {
        try (WorldClient w = enter("lover", "Courier")) {
            int me = w.me().objectId();
            int darin = talkTo(w, DARIN);
            String offer = click(w, darin, "Quest");
            assertTrue(offer.contains("Quest 1 accept"), offer);
            int mark = w.mark();
            click(w, darin, "Quest 1 accept");
            assertNotNull(
                    w.awaitAfter(mark, p -> WorldPackets.opcode(p) == WorldPackets.QUEST_LIST, WAIT),
                    "the quest window");
            assertEquals(1, awaitItems(me, 687, 1), "Darin's letter in the items table");

            int roxxy = talkTo(w, ROXXY);
            click(w, roxxy, "Quest");
            assertEquals(1, awaitItems(me, 688, 1), "Roxxy's kerchief");
            darin = talkTo(w, DARIN);
            click(w, darin, "Quest");
            assertEquals(1, awaitItems(me, 1079, 1), "Darin's receipt");
            int baulro = talkTo(w, BAULRO);
            click(w, baulro, "Quest");
            assertEquals(1, awaitItems(me, 1080, 1), "Baulro's potion");
            darin = talkTo(w, DARIN);
            String reward = click(w, darin, "Quest");
            assertTrue(reward.contains("necklace"), reward);
            assertEquals(1, awaitItems(me, 906, 1), "Necklace of Knowledge");
            assertEquals(2466, awaitItems(me, 57, 2466), "the adena");
            assertEquals(0, awaitItems(me, 1080, 0), "the potion handed over");

            darin = talkTo(w, DARIN);
            click(w, darin, "Quest");
            click(w, darin, "Quest 1 accept");
            Thread.sleep(500);
            assertEquals(1, items(me, 906), "no second necklace");
            assertEquals(2466, items(me, 57), "no second payment");
            assertEquals("COMPLETED", questState(me, "Q00001_LettersOfLove"));
        }
    }

    /** The quest's stored state, waited for until it says COMPLETED (writes are off the world thread). */
    static String questState(int charId, String quest) throws Exception {
        String s = null;
        for (int i = 0; i < 100 && !"COMPLETED".equals(s); i++) {
            s = sql(c -> {
                try (PreparedStatement st =
                        c.prepareStatement("SELECT state FROM character_quests WHERE char_id = ? AND quest_name = ?")) {
                    st.setInt(1, charId);
                    st.setString(2, quest);
                    try (ResultSet rs = st.executeQuery()) {
                        return rs.next() ? rs.getString(1) : null;
                    }
                }
            });
            Thread.sleep(50);
        }
        return s;
    }
}
