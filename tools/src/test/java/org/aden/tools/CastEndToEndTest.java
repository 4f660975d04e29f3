package org.aden.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.aden.common.config.ConfigLoader;
import org.aden.common.db.Database;
import org.aden.common.link.SessionKey;
import org.aden.common.net.PacketReader;
import org.aden.common.net.PacketWriter;
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
 * A cast with the headless client (game cipher on) against the real login and game servers, the datapack and
 * MariaDB: a new Human Mystic, who starts with Wind Strike, targets a Talking Island wolf and casts it
 * (RequestMagicSkillUse): MagicSkillUse, SetupGauge, then MagicSkillLaunched after the cast time, its MP cost in a
 * StatusUpdate, and the wolf's HP falls.
 */
class CastEndToEndTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static final String SECRET = "cast-e2e-secret";
    static final Duration WAIT = Duration.ofSeconds(10);
    static final int WOLF_NPC_TYPE = 20120 + 1_000_000;
    static final int HUMAN_MYSTIC = 10, WIND_STRIKE = 1177;
    static final int MAGIC_SKILL_USE = 0x48, MAGIC_SKILL_LAUNCHED = 0x76, SETUP_GAUGE = 0x6D;
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
                                "game.host",
                                "127.0.0.1",
                                "game.port",
                                "0",
                                "game.login.port",
                                Integer.toString(login.linkPort()),
                                "game.login.secret",
                                SECRET,
                                "game.datapack",
                                Path.of(System.getProperty("aden.root", ".."), "datapack")
                                        .toAbsolutePath()
                                        .toString(),
                                "game.world.linger",
                                "1s"))),
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
            assertTrue(c.createCharacter(name, 0, 0, HUMAN_MYSTIC, 0, 0, 0).ok(), "character created");
        }
        c.select(0);
        return WorldClient.enter(c, true, null, WAIT);
    }

    static void sql(String statement, Object... args) throws SQLException {
        try (SqlSession s = gameDb.sqlSessionFactory().openSession(true);
                PreparedStatement ps = s.getConnection().prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    /** The value of one attribute in a StatusUpdate about this object, or -1. */
    static int status(byte[] p, int objectId, int attribute) {
        PacketReader r = new PacketReader(p, 1, p.length - 1);
        if (r.readD() != objectId) {
            return -1;
        }
        int n = r.readD();
        for (int i = 0; i < n; i++) {
            int a = r.readD();
            int v = r.readD();
            if (a == attribute) {
                return v;
            }
        }
        return -1;
    }

    /** SkillList entries: d passive, d level, d skill id, c disabled. */
    static boolean knows(byte[] p, int skillId) {
        PacketReader r = new PacketReader(p, 1, p.length - 1);
        int n = r.readD();
        for (int i = 0; i < n; i++) {
            r.readD();
            r.readD();
            int id = r.readD();
            r.readC();
            if (id == skillId) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aMysticCastsWindStrikeOnAWolf() throws Exception {
        int me;
        try (WorldClient first = enter("caster", "Caster")) {
            me = first.me().objectId();
            assertNotNull(
                    first.await(p -> WorldPackets.opcode(p) == WorldPackets.SKILL_LIST && knows(p, WIND_STRIKE), WAIT),
                    () -> "a new mystic knows Wind Strike: "
                            + first.received(WorldPackets.SKILL_LIST).size() + " SkillList(s)");
            assertTrue(first.logout(WAIT));
        }
        Thread.sleep(500);
        sql(
                "UPDATE characters SET level = 20, current_hp = 5000, current_mp = 100, x = ?, y = ?, z = ? WHERE obj_id = ?",
                WOLF_X + 150,
                WOLF_Y,
                WOLF_Z,
                me);
        try (WorldClient mage = enter("caster", "Caster")) {
            assertNotNull(
                    mage.await(
                            p -> WorldPackets.opcode(p) == WorldPackets.NPC_INFO
                                    && WorldPackets.npcInfo(p).npcTypeId() == WOLF_NPC_TYPE,
                            WAIT),
                    "a wolf in view");
            WorldPackets.Npc wolf = mage.received(WorldPackets.NPC_INFO).stream()
                    .map(WorldPackets::npcInfo)
                    .filter(n -> n.npcTypeId() == WOLF_NPC_TYPE && n.attackable())
                    .min(java.util.Comparator.comparingDouble(n -> Math.hypot(n.x() - (WOLF_X + 150), n.y() - WOLF_Y)))
                    .orElseThrow();
            int mark = mage.mark();
            mage.action(wolf.objectId()); // select only: a cast, not a swing
            assertNotNull(mage.awaitAfter(mark, p -> WorldPackets.opcode(p) == WorldPackets.MY_TARGET_SELECTED, WAIT));
            mark = mage.mark();
            mage.send(new PacketWriter()
                    .writeC(0x2F)
                    .writeD(WIND_STRIKE)
                    .writeD(0)
                    .writeC(0)
                    .toByteArray());
            byte[] use = mage.awaitAfter(
                    mark, p -> WorldPackets.opcode(p) == MAGIC_SKILL_USE && WorldPackets.objectId(p) == me, WAIT);
            assertNotNull(use, "MagicSkillUse");
            assertEquals(wolf.objectId(), new PacketReader(use, 5, 4).readD());
            assertEquals(WIND_STRIKE, new PacketReader(use, 9, 4).readD());
            assertEquals(4000, new PacketReader(use, 17, 4).readD(), "cast time");
            byte[] gauge = mage.awaitAfter(mark, p -> WorldPackets.opcode(p) == SETUP_GAUGE, WAIT);
            assertNotNull(gauge, "SetupGauge");
            assertEquals(4000, new PacketReader(gauge, 5, 4).readD());
            byte[] launched = mage.awaitAfter(
                    mark,
                    p -> WorldPackets.opcode(p) == MAGIC_SKILL_LAUNCHED && WorldPackets.objectId(p) == me,
                    Duration.ofSeconds(10));
            assertNotNull(launched, "MagicSkillLaunched after the cast time");
            byte[] mp = mage.awaitAfter(
                    mark, p -> WorldPackets.opcode(p) == WorldPackets.STATUS_UPDATE && status(p, me, 0x0B) >= 0, WAIT);
            assertNotNull(mp, "StatusUpdate with our MP");
            int left = mage.received(WorldPackets.STATUS_UPDATE).stream()
                    .mapToInt(p -> status(p, me, 0x0B))
                    .filter(v -> v >= 0)
                    .reduce((a, b) -> b)
                    .orElseThrow();
            assertEquals(100 - 9, left, "2 MP at the start and 7 at the end of a level-1 Wind Strike");
            byte[] hp = mage.awaitAfter(
                    mark,
                    p -> WorldPackets.opcode(p) == WorldPackets.STATUS_UPDATE && status(p, wolf.objectId(), 0x09) >= 0,
                    WAIT);
            assertNotNull(hp, "the wolf's HP bar follows the damage");
            assertTrue(mage.logout(WAIT));
        }
    }
}
