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
import java.util.Comparator;
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
 * A hunt with the headless client (game cipher on) against the real login server, game server, datapack spawns
 * and MariaDB: a level-20 character next to the Talking Island wolves attacks one until its Die, sees the loot fall
 * (DropItem), picks the adena up (GetItem, InventoryUpdate), and after logout the row is in the database.
 */
class LootEndToEndTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static final String SECRET = "loot-e2e-secret";
    static final Duration WAIT = Duration.ofSeconds(10);
    static final int WOLF_NPC_TYPE = 20120 + 1_000_000;
    /** A fixed wolf spawn of the datapack (spawns/17_25.xml) and a spot 150 units from it. */
    static final int WOLF_X = -97160;

    static final int WOLF_Y = 242240;
    static final int WOLF_Z = -3504;
    static Database loginDb;
    static Database gameDb;
    static org.aden.common.db.DatabaseSettings gameSchema;
    static LoginServer login;
    static GameServer game;

    @BeforeAll
    static void start() throws Exception {
        loginDb = Database.open(db.newSchema(), "classpath:db/login", LoginServer.MAPPERS);
        gameSchema = db.newSchema();
        gameDb = Database.open(gameSchema, "classpath:db/game", GameServer.MAPPERS);
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
        game = new GameServer(
                GameConfig.from(ConfigLoader.load(
                        null,
                        GameConfig.SPEC,
                        Map.of(),
                        Map.of(
                                "game.host", "127.0.0.1",
                                "game.port", "0",
                                "game.login.port", Integer.toString(login.linkPort()),
                                "game.login.secret", SECRET,
                                "game.datapack",
                                        Path.of(System.getProperty("aden.root", ".."), "datapack")
                                                .toAbsolutePath()
                                                .toString(),
                                "game.world.linger", "1s",
                                // sure drops for a level-20 killer of a level-4 wolf: x100 chances, no level penalty
                                "game.loot.chance-percent", "10000",
                                "game.loot.level-penalty", "false"))),
                gameDb);
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

    static WorldClient enter(String account, String name) throws IOException {
        SessionKey k;
        try (LoginClient c = LoginClient.connect("127.0.0.1", login.clientPort())) {
            assertTrue(c.login(account, "secret12").ok(), "login of " + account);
            c.serverList();
            assertTrue(c.requestServerLogin(1).ok(), "PlayOk");
            k = c.sessionKey();
        }
        GameConnection c = GameConnection.connect("127.0.0.1", game.port());
        c.protocolVersion(746);
        List<CharInfo> chars = c.authLogin(account, k);
        if (chars.isEmpty()) {
            assertTrue(c.createCharacter(name, 0, 0, 0, 0, 0, 0).ok(), "character created");
        }
        c.select(0);
        return WorldClient.enter(c, true, null, WAIT);
    }

    static Connection jdbc(SqlSession s) {
        return s.getConnection();
    }

    static void sql(String statement, Object... args) throws SQLException {
        try (SqlSession s = gameDb.sqlSessionFactory().openSession(true);
                PreparedStatement ps = jdbc(s).prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    /** The count of the item row with this object id, or -1 when there is none. */
    static long itemRow(int objectId, int ownerId) throws SQLException {
        try (SqlSession s = gameDb.sqlSessionFactory().openSession(true);
                PreparedStatement ps =
                        jdbc(s).prepareStatement("SELECT count FROM items WHERE obj_id = ? AND owner_id = ?")) {
            ps.setInt(1, objectId);
            ps.setInt(2, ownerId);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? r.getLong(1) : -1;
            }
        }
    }

    /** The opcodes received since the mark (for failure messages). */
    static String trace(WorldClient c, int mark) {
        StringBuilder b = new StringBuilder();
        for (int op = 0; op < 256; op++) {
            int n = c.received(op).size();
            if (n > 0) {
                b.append(String.format("%02x", op)).append('x').append(n).append(' ');
            }
        }
        return b.toString();
    }

    @Test
    void killAWolfSeeItsLootFallPickTheAdenaUpAndFindItInTheDatabase() throws Exception {
        int me;
        try (WorldClient first = enter("looter", "Looter")) {
            me = first.me().objectId();
            assertTrue(first.logout(WAIT));
        }
        // a seasoned hunter next to the wolves (the character is saved on logout: change it after)
        Thread.sleep(500);
        sql(
                "UPDATE characters SET level = 20, current_hp = 5000, x = ?, y = ?, z = ? WHERE obj_id = ?",
                WOLF_X + 150,
                WOLF_Y,
                WOLF_Z,
                me);
        int adenaObject;
        int adenaCount;
        try (WorldClient hunter = enter("looter", "Looter")) {
            assertEquals(me, hunter.me().objectId());
            assertNotNull(
                    hunter.await(
                            p -> WorldPackets.opcode(p) == WorldPackets.NPC_INFO
                                    && WorldPackets.npcInfo(p).npcTypeId() == WOLF_NPC_TYPE,
                            WAIT),
                    "a wolf in view");
            WorldPackets.Npc wolf = hunter.received(WorldPackets.NPC_INFO).stream()
                    .map(WorldPackets::npcInfo)
                    .filter(n -> n.npcTypeId() == WOLF_NPC_TYPE && n.attackable())
                    .min(Comparator.comparingDouble(n -> Math.hypot(n.x() - (WOLF_X + 150), n.y() - WOLF_Y)))
                    .orElseThrow();
            int mark = hunter.mark();
            hunter.action(wolf.objectId()); // select
            hunter.action(wolf.objectId()); // attack
            assertNotNull(
                    hunter.awaitAfter(
                            mark,
                            p -> WorldPackets.opcode(p) == WorldPackets.ATTACK && WorldPackets.objectId(p) == me,
                            Duration.ofSeconds(30)),
                    () -> "our swings (Attack); wolf " + wolf + ", received " + trace(hunter, 0));
            byte[] die = hunter.awaitAfter(
                    mark,
                    p -> WorldPackets.opcode(p) == WorldPackets.DIE && WorldPackets.objectId(p) == wolf.objectId(),
                    Duration.ofSeconds(60));
            assertNotNull(die, "the wolf dies");
            byte[] fell = hunter.awaitAfter(
                    mark,
                    p -> WorldPackets.opcode(p) == WorldPackets.DROP_ITEM
                            && WorldPackets.dropItem(p).dropperId() == wolf.objectId()
                            && WorldPackets.dropItem(p).itemId() == 57,
                    WAIT);
            assertNotNull(fell, "its adena falls (DropItem from the wolf)");
            WorldPackets.Dropped adena = WorldPackets.dropItem(fell);
            assertTrue(adena.count() >= 19 && adena.count() <= 29, "the wolf's adena range: " + adena.count());
            assertTrue(Math.hypot(adena.x() - wolf.x(), adena.y() - wolf.y()) < 1000, "near the corpse");

            mark = hunter.mark();
            hunter.action(adena.objectId());
            byte[] got = hunter.awaitAfter(
                    mark,
                    p -> WorldPackets.opcode(p) == WorldPackets.GET_ITEM
                            && WorldPackets.objectId(p) == me
                            && new org.aden.common.net.PacketReader(p, 5, 4).readD() == adena.objectId(),
                    WAIT);
            assertNotNull(got, "GetItem: we picked it up");
            byte[] update = hunter.awaitAfter(mark, p -> WorldPackets.opcode(p) == WorldPackets.INVENTORY_UPDATE, WAIT);
            assertNotNull(update, "InventoryUpdate");
            WorldPackets.ItemChange entry = WorldPackets.inventoryUpdate(update).get(0);
            assertEquals(57, entry.itemId());
            assertEquals(1, entry.change(), "added: the character had no adena");
            assertEquals(adena.count(), entry.count());
            adenaObject = entry.objectId();
            adenaCount = entry.count();
            assertTrue(hunter.logout(WAIT));
        }
        long row = -1;
        for (int i = 0; i < 50 && row < 0; i++) { // the write is confirmed before the pick-up shows: no wait needed
            row = itemRow(adenaObject, me);
            if (row < 0) {
                Thread.sleep(100);
            }
        }
        assertEquals(adenaCount, row, "the adena row is in the database after logout");

        // and the operator can see where it came from
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.out;
        int code;
        try {
            System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
            code = org.aden.tools.cli.AdenCli.run(
                    "ledger",
                    "--character",
                    "looter",
                    "--game-jdbc-url=" + gameSchema.jdbcUrl(),
                    "--db-user=" + gameSchema.user(),
                    "--db-password=" + gameSchema.password(),
                    "--config-dir="
                            + Path.of(System.getProperty("aden.root", ".."), "config")
                                    .toAbsolutePath());
        } finally {
            System.setOut(saved);
        }
        String ledger = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, code, ledger);
        assertTrue(
                ledger.lines()
                        .anyMatch(l -> l.contains("Looter")
                                && l.matches(".*\\s57\\s+\\+" + adenaCount + "\\s+PICKUP\\s+ground\\s*")),
                "bin/aden.sh ledger --character shows the pick-up: " + ledger);
    }
}
