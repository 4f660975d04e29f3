package org.aden.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aden.common.config.ConfigLoader;
import org.aden.common.db.Database;
import org.aden.common.link.SessionKey;
import org.aden.common.net.PacketReader;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameConfig;
import org.aden.game.GameServer;
import org.aden.game.content.WorldData;
import org.aden.game.content.WorldDataLoader;
import org.aden.game.datapack.XmlDatapack;
import org.aden.game.spawn.SpawnPoint;
import org.aden.game.spawn.Territory;
import org.aden.login.LoginServer;
import org.aden.login.account.AccountService;
import org.aden.login.account.PasswordHasher;
import org.aden.tools.client.game.WorldClient;
import org.aden.tools.client.game.WorldPackets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The datapack's world through our headless client (game cipher on) against a real shard with every spawn live: a
 * new character of each race sees at its start point exactly the NPCs the spawn table puts within sight there; a
 * GM's //spawn makes NpcInfo arrive and //delete makes DeleteObject arrive.
 */
class WorldContentEndToEndTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static final Duration WAIT = Duration.ofSeconds(20);
    static final Path DATAPACK =
            Path.of(System.getProperty("aden.root", ".."), "datapack").toAbsolutePath();
    static Database loginDb;
    static Database gameDb;
    static LoginServer login;
    static GameServer game;
    static AccountService accounts;
    static GameConfig config;
    /** The view and forget radii the shard runs with: the defaults, as no test key changes them. */
    static final GameConfig WORLD_DEFAULTS =
            GameConfig.from(ConfigLoader.load(null, GameConfig.SPEC, Map.of(), Map.of()));

    static WorldData data;

    static TestShard shard;

    @BeforeAll
    static void start() throws Exception {
        shard = TestShard.start(db, Map.of(), Map.of("game.world.spawn-npcs", "true"));
        loginDb = shard.loginDb;
        gameDb = shard.gameDb;
        login = shard.login;
        game = shard.game;
        config = WORLD_DEFAULTS;
        accounts =
                new AccountService(loginDb.sqlSessionFactory(), new PasswordHasher(4), InstantSource.system(), false);
        data = WorldDataLoader.load(new XmlDatapack(DATAPACK)); // the expectation, read on its own
    }

    @AfterAll
    static void stop() {
        if (shard != null) {
            shard.close();
        }
    }

    static SessionKey keys(String account) throws IOException {
        return shard.keys(account);
    }

    static WorldClient enter(String account, String name, int race, int classId) throws IOException {
        return shard.enter(account, name, race, classId, WAIT);
    }

    /** An NpcInfo as the test reads it: object id, template id, position. */
    record Seen(int objectId, int npcId, int x, int y, int z) {
        static Seen of(byte[] b) {
            PacketReader r = new PacketReader(b, 1, b.length - 1);
            int objectId = r.readD();
            int npcId = r.readD() - 1_000_000;
            r.readD(); // attackable
            return new Seen(objectId, npcId, r.readD(), r.readD(), r.readD());
        }
    }

    static String reply(WorldClient c, int mark) {
        byte[] m = c.awaitAfter(
                mark,
                p -> WorldPackets.opcode(p) == WorldPackets.SYSTEM_MESSAGE && WorldPackets.messageText(p) != null,
                WAIT);
        return m == null ? null : WorldPackets.messageText(m);
    }

    @Test
    void gmSpawnMakesNpcInfoArriveAndDeleteMakesDeleteObjectArrive() throws Exception {
        assertTrue(accounts.create("builder", "secret12", 100));
        try (WorldClient gm = enter("builder", "Builder", 0, 0)) {
            // away from every start point, so the start-point test sees nothing of ours
            int mark = gm.mark();
            gm.adminCommand("teleport 20000 20000 -3000");
            assertNotNull(gm.awaitAfter(mark, p -> WorldPackets.opcode(p) == WorldPackets.TELEPORT_TO_LOCATION, WAIT));
            mark = gm.mark();
            gm.adminCommand("spawn 20481");
            byte[] info = gm.awaitAfter(
                    mark,
                    p -> WorldPackets.opcode(p) == WorldPackets.NPC_INFO
                            && Seen.of(p).npcId() == 20481,
                    WAIT);
            assertNotNull(info, "NpcInfo of the spawned NPC");
            Seen npc = Seen.of(info);
            assertEquals(20000, npc.x());
            assertEquals(20000, npc.y());
            assertTrue(reply(gm, mark).startsWith("Spawned 1 x "));

            mark = gm.mark();
            gm.action(npc.objectId());
            assertNotNull(gm.awaitAfter(
                    mark,
                    p -> WorldPackets.opcode(p) == WorldPackets.MY_TARGET_SELECTED
                            && WorldPackets.objectId(p) == npc.objectId(),
                    WAIT));
            mark = gm.mark();
            gm.adminCommand("delete");
            assertNotNull(
                    gm.awaitAfter(
                            mark,
                            p -> WorldPackets.opcode(p) == WorldPackets.DELETE_OBJECT
                                    && WorldPackets.objectId(p) == npc.objectId(),
                            WAIT),
                    "DeleteObject of the deleted NPC");
            assertTrue(gm.logout(WAIT));
        }
    }

    @Test
    void aNewCharacterOfEachRaceSeesTheSpawnTablesNpcsAtItsStartPoint() throws Exception {
        int view = config.world().world().viewRadius();
        int forget = config.world().world().forgetRadius();
        String[][] races = {
            {"0", "0", "Human"}, {"1", "18", "Elf"}, {"2", "31", "Darkelf"}, {"3", "44", "Orc"}, {"4", "53", "Dwarf"}
        };
        for (String[] r : races) {
            String name = "Start" + r[2];
            try (WorldClient c = enter(name.toLowerCase(), name, Integer.parseInt(r[0]), Integer.parseInt(r[1]))) {
                int x = c.me().x();
                int y = c.me().y();
                Thread.sleep(1500); // the NPCs in sight arrive with the first visibility pass, right after UserInfo
                List<Seen> seen = new ArrayList<>();
                for (byte[] b : c.received(WorldPackets.NPC_INFO)) {
                    seen.add(Seen.of(b));
                }
                Set<String> seenPoints = new HashSet<>();
                for (Seen s : seen) {
                    seenPoints.add(s.npcId() + "@" + s.x() + "," + s.y() + "," + s.z());
                }
                // every point spawn well inside the view radius is there, at its point
                List<String> missing = new ArrayList<>();
                int expected = 0;
                for (SpawnPoint p : data.spawns().points()) {
                    if ("grand".equals(p.boss()) || distance(x, y, p.x(), p.y()) > view - 10) {
                        continue;
                    }
                    expected++;
                    String key = p.npcId() + "@" + p.x() + "," + p.y() + "," + p.z();
                    if (!seenPoints.contains(key)) {
                        missing.add(key + " (" + p.file().getFileName() + ":" + p.line() + ")");
                    }
                }
                assertEquals(List.of(), missing, r[2] + " at " + x + "," + y + ": point spawns in sight not seen");
                assertTrue(expected > 0, r[2] + ": the start point has NPCs around it");
                // and nothing is seen that the spawn table does not put there
                List<Seen> unexplained = new ArrayList<>();
                for (Seen s : seen) {
                    boolean point = data.spawns().points().stream()
                            .anyMatch(
                                    p -> p.npcId() == s.npcId() && p.x() == s.x() && p.y() == s.y() && p.z() == s.z());
                    boolean territory = data.spawns().territories().stream()
                            .anyMatch(t -> t.contains(s.x(), s.y()) && member(t, s.npcId()));
                    if ((!point && !territory) || distance(x, y, s.x(), s.y()) > forget) {
                        unexplained.add(s);
                    }
                }
                assertEquals(List.of(), unexplained, r[2] + ": NPCs the spawn table does not put in sight");
                assertTrue(c.logout(WAIT));
            }
        }
    }

    static boolean member(Territory t, int npcId) {
        return t.members().stream().anyMatch(m -> m.npcId() == npcId);
    }

    static double distance(int x1, int y1, int x2, int y2) {
        return Math.hypot(x1 - x2, y1 - y2);
    }
}
