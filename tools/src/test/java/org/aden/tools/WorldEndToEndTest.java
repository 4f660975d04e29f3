package org.aden.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aden.common.config.ConfigLoader;
import org.aden.common.db.Database;
import org.aden.common.link.SessionKey;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two headless clients in one world: the real login server, link, game server (cipher on) and embedded
 * MariaDB. They see each other, watch each other move, talk, and leave; positions survive relogin and a
 * restart of the game server.
 */
class WorldEndToEndTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static final String SECRET = "world-e2e-secret";
    static final Duration WAIT = Duration.ofSeconds(10);
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
                                "login.client.host",
                                "127.0.0.1",
                                "login.client.port",
                                "0",
                                "login.link.port",
                                "0",
                                "login.link.secret",
                                SECRET,
                                "login.auto-create",
                                "true",
                                "login.bcrypt-cost",
                                "4",
                                "login.rsa-pool-size",
                                "2"))),
                loginDb);
        login.start();
        game = startGame();
    }

    static GameServer startGame() throws InterruptedException {
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
                datapack().toString(),
                "game.world.linger",
                "1s"));
        GameServer g = new GameServer(GameConfig.from(ConfigLoader.load(null, GameConfig.SPEC, Map.of(), o)), gameDb);
        g.start();
        assertTrue(g.link().awaitConnected(Duration.ofSeconds(10)), "game server registers");
        return g;
    }

    static Path datapack() {
        return Path.of(System.getProperty("aden.root", ".."), "datapack").toAbsolutePath();
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

    static SessionKey keys(String account) throws IOException {
        try (LoginClient c = LoginClient.connect("127.0.0.1", login.clientPort())) {
            assertTrue(c.login(account, "secret12").ok(), "login of " + account);
            c.serverList();
            assertTrue(c.requestServerLogin(1).ok(), "PlayOk");
            return c.sessionKey();
        }
    }

    /** The online count the login server lists for server 1, polled briefly (the link reports it asynchronously). */
    static int onlineInServerList() throws Exception {
        int online = -1;
        for (int i = 0; i < 50; i++) {
            try (LoginClient c = LoginClient.connect("127.0.0.1", login.clientPort())) {
                assertTrue(c.login("watcher", "secret12").ok());
                online = c.serverList().servers().get(0).onlinePlayers();
            }
            if (online == 2) {
                break;
            }
            Thread.sleep(100);
        }
        return online;
    }

    /** Logs in, creates the character on first use, selects it and enters the world. */
    static WorldClient enter(String account, String name) throws IOException {
        SessionKey k = keys(account);
        GameConnection c = GameConnection.connect("127.0.0.1", game.port());
        c.protocolVersion(746);
        List<CharInfo> chars = c.authLogin(account, k);
        if (chars.isEmpty()) {
            assertTrue(c.createCharacter(name, 0, 0, 0, 0, 0, 0).ok(), "character created");
        }
        c.select(0);
        return WorldClient.enter(c, true, null, WAIT);
    }

    static boolean about(byte[] b, int opcode, int objectId) {
        if (WorldPackets.opcode(b) != opcode) {
            return false;
        }
        return opcode == WorldPackets.CHAR_INFO
                ? WorldPackets.charInfo(b).objectId() == objectId
                : WorldPackets.objectId(b) == objectId;
    }

    @Test
    void twoPlayersSeeMoveTalkAndLeave() throws Exception {
        try (WorldClient alice = enter("alice", "Alice");
                WorldClient bob = enter("bob", "Bob")) {
            int a = alice.me().objectId();
            int b = bob.me().objectId();
            assertNotNull(
                    alice.await(p -> WorldPackets.opcode(p) == WorldPackets.ITEM_LIST, WAIT),
                    "entry burst has ItemList");
            assertNotNull(bob.await(p -> about(p, WorldPackets.CHAR_INFO, a), WAIT), "Bob sees Alice");
            assertNotNull(alice.await(p -> about(p, WorldPackets.CHAR_INFO, b), WAIT), "Alice sees Bob");
            assertEquals(
                    "Bob",
                    WorldPackets.charInfo(alice.await(p -> about(p, WorldPackets.CHAR_INFO, b), WAIT))
                            .name());

            int mark = bob.mark();
            WorldPackets.Me me = alice.me();
            alice.moveTo(me.x() + 200, me.y() + 100, me.z());
            byte[] move = bob.awaitAfter(mark, p -> about(p, WorldPackets.MOVE_TO_LOCATION, a), WAIT);
            assertNotNull(move, "Bob receives Alice's MoveToLocation");
            assertEquals(me.x() + 200, WorldPackets.move(move).destX());

            alice.say(0, "hello Bob");
            byte[] say = bob.awaitAfter(mark, p -> about(p, WorldPackets.CREATURE_SAY, a), WAIT);
            assertNotNull(say, "Bob hears Alice");
            assertEquals("hello Bob", WorldPackets.say(say).text());
            assertEquals("Alice", WorldPackets.say(say).name());

            assertEquals(2, onlineInServerList(), "the login server's list shows both players online");

            alice.whisper("bob", "psst");
            assertNotNull(bob.awaitAfter(
                    mark,
                    p -> WorldPackets.opcode(p) == WorldPackets.CREATURE_SAY
                            && WorldPackets.say(p).type() == 2
                            && WorldPackets.say(p).text().equals("psst"),
                    WAIT));

            assertTrue(alice.logout(WAIT), "LeaveWorld");
            assertNotNull(
                    bob.awaitAfter(mark, p -> about(p, WorldPackets.DELETE_OBJECT, a), WAIT),
                    "Bob gets DeleteObject when Alice leaves");
        }
    }

    @Test
    void restartGoesBackToTheCharacterListAndOthersSeeTheCharacterLeave() throws Exception {
        try (WorldClient dave = enter("dave", "Dave");
                WorldClient erin = enter("erin", "Erin")) {
            int d = dave.me().objectId();
            assertNotNull(erin.await(p -> about(p, WorldPackets.CHAR_INFO, d), WAIT));
            int mark = dave.mark();
            assertTrue(dave.restart(WAIT), "character list after RequestRestart");
            byte[] response = dave.awaitAfter(mark, p -> WorldPackets.opcode(p) == WorldPackets.RESTART_RESPONSE, WAIT);
            assertNotNull(response);
            assertEquals(1, WorldPackets.objectId(response), "RestartResponse ok");
            assertNotNull(erin.await(p -> about(p, WorldPackets.DELETE_OBJECT, d), WAIT));
        }
    }

    /** The TS test client's own packet shapes (ts-client-compat D9, D10) are answered, not dropped. */
    @Test
    void tsClientWhisperWithoutTargetAndBareInventoryRequest() throws Exception {
        try (WorldClient frank = enter("frank", "Frank")) {
            int mark = frank.mark();
            frank.send(new PacketWriter().writeC(0x38).writeS("psst").writeD(2).toByteArray());
            byte[] msg = frank.awaitAfter(
                    mark,
                    p -> WorldPackets.opcode(p) == WorldPackets.SYSTEM_MESSAGE && WorldPackets.objectId(p) == 3,
                    WAIT);
            assertNotNull(msg, "a whisper without target gets SystemMessage 3 (not logged in), not dropped");
            mark = frank.mark();
            frank.send(new byte[] {0x15});
            byte[] list =
                    frank.awaitAfter(mark, p -> WorldPackets.opcode(p) == WorldPackets.ITEM_LIST && p[1] == 1, WAIT);
            assertNotNull(list, "bare 0x15 gets the inventory (ItemList with the window flag)");
            assertTrue(frank.logout(WAIT), "connection still healthy");
        }
    }

    @Test
    void positionPersistsAcrossRelogAndServerRestart() throws Exception {
        int x;
        int y;
        try (WorldClient carol = enter("carol", "Carol")) {
            WorldPackets.Me me = carol.me();
            x = me.x() + 150;
            y = me.y();
            walk(carol, x, y, me.z(), 2500); // 150 units at 115/s
            assertTrue(carol.logout(WAIT));
        }
        try (WorldClient carol = enter("carol", "Carol")) {
            assertEquals(x, carol.me().x(), 2, "position after relogin");
            assertEquals(y, carol.me().y(), 2);
            walk(carol, x, y + 200, carol.me().z(), 2500);
            game.close(); // saves everyone still in the world
        }
        game = startGame();
        try (WorldClient carol = enter("carol", "Carol")) {
            assertEquals(x, carol.me().x(), 2, "position after a server restart");
            assertEquals(y + 200, carol.me().y(), 2);
        }
    }

    /** Walks and waits {@code millis} from the server's echo of the walk (when it started on the server). */
    private static void walk(WorldClient c, int x, int y, int z, long millis) throws Exception {
        int mark = c.mark();
        c.moveTo(x, y, z);
        assertNotNull(
                c.awaitAfter(mark, p -> about(p, WorldPackets.MOVE_TO_LOCATION, c.me().objectId()), WAIT),
                "the server echoes the walk");
        Thread.sleep(millis);
    }
}
