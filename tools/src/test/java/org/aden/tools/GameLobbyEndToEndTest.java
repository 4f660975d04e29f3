package org.aden.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aden.common.config.ConfigLoader;
import org.aden.common.db.Database;
import org.aden.common.link.SessionKey;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameConfig;
import org.aden.game.GameServer;
import org.aden.login.LoginConfig;
import org.aden.login.LoginServer;
import org.aden.tools.client.game.GameConnection;
import org.aden.tools.client.game.GameConnection.CreateResult;
import org.aden.tools.client.game.GameConnection.LoginRefused;
import org.aden.tools.client.game.GameServerPackets.CharInfo;
import org.aden.tools.client.game.GameServerPackets.Key;
import org.aden.tools.client.game.GameServerPackets.Selected;
import org.aden.tools.client.game.GameServerPackets.Template;
import org.aden.tools.client.login.LoginClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * login → game server → lobby with the real LoginServer, the real link, two real GameServers and embedded
 * MariaDB: server 1 with the game cipher on and a 7-day delete delay, server 2 with encryption off and
 * immediate deletion. The session keys always come from a real login through the headless login client.
 */
class GameLobbyEndToEndTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static final String SECRET = "game-e2e-secret";
    static Database loginDb;
    static Database gameDb;
    static Database plainDb;
    static LoginServer login;
    static GameServer encrypted;
    static GameServer plain;

    @BeforeAll
    static void start() throws Exception {
        loginDb = Database.open(db.newSchema(), "classpath:db/login", LoginServer.MAPPERS);
        gameDb = Database.open(db.newSchema(), "classpath:db/game", GameServer.MAPPERS);
        plainDb = Database.open(db.newSchema(), "classpath:db/game", GameServer.MAPPERS);
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
                                "2",
                                "login.flood.connections-per-second",
                                "1000",
                                "login.flood.max-concurrent",
                                "1000"))),
                loginDb);
        login.start();
        encrypted = startGame(1, gameDb, Map.of());
        plain = startGame(2, plainDb, Map.of("game.encryption", "false", "game.characters.delete-delay", "0s"));
    }

    /** Each game server has a schema of its own, as in production (object ids are per server). */
    static GameServer startGame(int id, Database database, Map<String, String> extra) throws InterruptedException {
        Map<String, String> o = new HashMap<>(Map.of(
                "game.host",
                "127.0.0.1",
                "game.port",
                "0",
                "game.server-id",
                Integer.toString(id),
                "game.login.port",
                Integer.toString(login.linkPort()),
                "game.login.secret",
                SECRET,
                "game.datapack",
                datapack().toString(),
                "game.net.bad-packet-limit",
                "5"));
        o.put("game.world.spawn-npcs", "false"); // the lobby needs no NPCs; loading them takes seconds
        o.putAll(extra);
        GameServer g = new GameServer(GameConfig.from(ConfigLoader.load(null, GameConfig.SPEC, Map.of(), o)), database);
        g.start();
        assertTrue(g.link().awaitConnected(Duration.ofSeconds(10)), "game server " + id + " registers");
        return g;
    }

    static Path datapack() {
        return Path.of(System.getProperty("aden.root", ".."), "datapack").toAbsolutePath();
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {encrypted, plain, login, gameDb, plainDb, loginDb}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // best effort
            }
        }
    }

    @Test
    void aGameServerThatStopsCleanlyTellsTheLoginServerBeforeItsLinkCloses() throws Exception {
        try (Database thirdDb = Database.open(db.newSchema(), "classpath:db/game", GameServer.MAPPERS)) {
            GameServer fourth = startGame(4, thirdDb, Map.of());
            try {
                // the first StatusUpdate follows the registration
                long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (!login.gameServers().get(4).orElseThrow().up() && System.nanoTime() < end) {
                    Thread.sleep(20);
                }
                assertTrue(login.gameServers().get(4).orElseThrow().up(), "server 4 shown up");
            } finally {
                fourth.close();
            }
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (login.gameServers().get(4).orElseThrow().connected() && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            assertFalse(login.gameServers().get(4).orElseThrow().connected(), "link released");
            // the login server tells a clean stop (logged as INFO) from a lost link (WARN) by this status
            assertFalse(login.gameServers().get(4).orElseThrow().status().up(), "reported down before closing");
        }
    }

    /** A real login: the four keys the login server issued for a play on {@code serverId}. */
    static SessionKey keys(String account, int serverId) throws IOException {
        try (LoginClient c = LoginClient.connect("127.0.0.1", login.clientPort())) {
            assertTrue(c.login(account, "secret12").ok(), "login of " + account);
            c.serverList();
            assertTrue(c.requestServerLogin(serverId).ok(), "PlayOk for server " + serverId);
            return c.sessionKey();
        }
    }

    static GameConnection connect(GameServer g) throws IOException {
        return GameConnection.connect("127.0.0.1", g.port());
    }

    static GameConnection lobby(GameServer g, String account, int serverId) throws IOException {
        SessionKey k = keys(account, serverId);
        GameConnection c = connect(g);
        c.protocolVersion(746);
        c.authLogin(account, k);
        return c;
    }

    @Test
    void encryptedLobbyFromLoginToCharSelected() throws Exception {
        SessionKey k = keys("Walker", 1);
        try (GameConnection c = connect(encrypted)) {
            Key key = c.protocolVersion(746);
            assertTrue(key.accepted());
            assertEquals(1, key.encryptionFlag());
            assertEquals(1, key.serverId());
            assertEquals(23, key.length());
            assertTrue(c.encrypted());

            assertEquals(List.of(), c.authLogin("Walker", k), "new account: no characters");

            List<Template> templates = c.newCharacter();
            assertEquals(
                    List.of(0, 10, 18, 25, 31, 38, 44, 49, 53),
                    templates.stream().map(Template::classId).toList());
            assertEquals(new Template(0, 0, 40, 30, 43, 21, 11, 25), templates.get(0));
            assertEquals(new Template(4, 53, 39, 29, 45, 20, 10, 27), templates.get(8));
            assertEquals(new Template(3, 49, 27, 24, 31, 31, 15, 42), templates.get(7));

            CreateResult created = c.createCharacter("Walker", 0, 0, 0, 2, 1, 0);
            assertTrue(created.ok(), "reason " + created.reason());
            assertEquals(1, created.characters().size());
            CharInfo w = created.characters().get(0);
            assertEquals("Walker", w.name());
            assertEquals("walker", w.account());
            assertEquals(k.playOk1(), w.sessionId());
            assertEquals(0, w.clanId());
            assertEquals(0, w.sex());
            assertEquals(0, w.race());
            assertEquals(0, w.baseClassId());
            assertEquals(0, w.classId());
            assertEquals(1, w.active());
            assertEquals(1, w.level());
            assertEquals(0L, w.exp());
            assertEquals(0, w.sp());
            // the in-game maxima (base 80 HP / 30 MP x CON 43 / MEN 25 bonus, as UserInfo sends), starting full
            assertEquals(126.0, w.currentHp());
            assertEquals(126.0, w.maxHp());
            assertEquals(38.0, w.currentMp());
            assertEquals(38.0, w.maxMp());
            assertEquals(2, w.hairStyle());
            assertEquals(1, w.hairColor());
            assertEquals(0, w.face());
            assertEquals(0, w.deleteSeconds());
            assertEquals(1, w.selected());
            assertArrayEquals(new int[9], w.zeros9());
            int[] items = w.paperdollItemIds();
            assertEquals(2369, items[7], "Squire's Sword in the weapon slot");
            assertEquals(2369, items[14], "and again in the second weapon position");
            assertEquals(1146, items[10], "Squire's Shirt");
            assertEquals(1147, items[11], "Squire's Pants");
            assertEquals(0, items[0] + items[6] + items[8] + items[9] + items[12] + items[13] + items[15] + items[16]);
            int[] objects = w.paperdollObjectIds();
            assertEquals(objects[7], objects[14]);
            assertEquals(3, Set.of(objects[7], objects[10], objects[11]).size(), "distinct item object ids");
            assertTrue(objects[7] != w.objectId() && objects[7] != 0);

            // every failure reason
            assertEquals(2, c.createCharacter("wALKER", 0, 0, 0, 0, 0, 0).reason(), "name taken, any case");
            assertEquals(4, c.createCharacter("Bad Name", 0, 0, 0, 0, 0, 0).reason(), "invalid name");
            assertEquals(4, c.createCharacter("Admin", 0, 0, 0, 0, 0, 0).reason(), "forbidden name");
            assertEquals(
                    3, c.createCharacter("ABCDEFGHIJKLMNOPQ", 0, 0, 0, 0, 0, 0).reason(), "17 characters");
            assertEquals(0, c.createCharacter("Warrior1", 0, 0, 1, 0, 0, 0).reason(), "class 1 is not a base class");
            assertEquals(0, c.createCharacter("Dwarfy", 1, 0, 53, 0, 0, 0).reason(), "dwarf class with elf race");
            assertEquals(0, c.createCharacter("Hairy", 0, 0, 0, 5, 0, 0).reason(), "male hair style 5");
            assertEquals(0, c.createCharacter("Facey", 0, 1, 10, 0, 0, 3).reason(), "face 3");
            assertTrue(c.createCharacter("Lady", 0, 1, 10, 6, 3, 2).ok(), "female hair style 6 is fine");
            for (int i = 3; i <= 7; i++) {
                assertTrue(c.createCharacter("Alt" + i, 4, i % 2, 53, 0, 0, 0).ok());
            }
            CreateResult eighth = c.createCharacter("Alt8", 4, 0, 53, 0, 0, 0);
            assertEquals(1, eighth.reason(), "at most 7 characters");

            // delete with the 7-day timer, restore, delete a bad slot
            GameConnection.DeleteResult deleted = c.deleteCharacter(1);
            assertTrue(deleted.ok());
            assertEquals(7, deleted.characters().size(), "still listed while its timer runs");
            int seconds = deleted.characters().get(1).deleteSeconds();
            assertTrue(seconds > 7 * 86400 - 60 && seconds <= 7 * 86400, "about 7 days: " + seconds);
            assertEquals(1, deleted.characters().get(0).selected(), "entry 0 pre-selected after delete");
            assertEquals(0, c.restoreCharacter(1).get(1).deleteSeconds());
            assertEquals(1, c.deleteCharacter(99).reason(), "no such slot");

            Selected s = c.select(0);
            assertEquals("Walker", s.name());
            assertEquals(w.objectId(), s.objectId());
            assertEquals("", s.title());
            assertEquals(k.playOk1(), s.sessionId());
            assertEquals(0, s.classId());
            assertEquals(0, s.classId2());
            assertEquals(1, s.active());
            assertEquals(126.0, s.currentHp());
            assertEquals(38.0, s.currentMp());
            assertEquals(1, s.level());
            assertEquals(
                    List.of(21, 40, 43, 25, 30, 11),
                    List.of(s.intelligence(), s.str(), s.con(), s.men(), s.dex(), s.wit()));
            assertTrue(Set.of(-71338, -71417, -71453, -71467).contains(s.x()), "a Human Fighter start point: " + s.x());
            assertEquals(-3104, s.z());
            assertTrue(s.gameTime() >= 0 && s.gameTime() < 1440);
            assertEquals(12, s.trailingZeros());

            // stray packets around EnterWorld: answered or ignored, never fatal
            c.send(new byte[] {(byte) 0x9D});
            c.send(new byte[] {(byte) 0xD0, 0x08, 0x00});
            byte[] manor = c.readPacket();
            assertEquals(0xFE, manor[0] & 0xFF);
            assertEquals(0x1B, manor[1]);
            c.enterWorld();
            c.send(new byte[] {0x00, 1, 2, 3, 4}); // out of state now: dropped, counted, not fatal alone
            assertFalse(c.awaitClosedWithin(Duration.ofMillis(300)), "connection stays open");
        }
    }

    @Test
    void unencryptedServerDeletesAtOnceAndSelects() throws Exception {
        SessionKey k = keys("Plainer", 2);
        try (GameConnection c = connect(plain)) {
            Key key = c.protocolVersion(746);
            assertTrue(key.accepted());
            assertEquals(0, key.encryptionFlag());
            assertFalse(c.encrypted());
            assertEquals(List.of(), c.authLogin("plainer", k));
            assertEquals(9, c.newCharacter().size());
            assertTrue(c.createCharacter("Plainer", 3, 1, 49, 1, 1, 1).ok());
            assertTrue(c.createCharacter("Plainer2", 2, 0, 31, 0, 0, 0).ok());
            assertEquals(2, c.createCharacter("plainer", 2, 0, 31, 0, 0, 0).reason());
            GameConnection.DeleteResult d = c.deleteCharacter(1);
            assertTrue(d.ok());
            assertEquals(
                    List.of("Plainer"),
                    d.characters().stream().map(CharInfo::name).toList(),
                    "deleted at once");
            CharInfo orc = d.characters().get(0);
            assertEquals(3, orc.race());
            assertEquals(49, orc.classId());
            assertEquals(104.0, orc.maxHp(), "orc mystic: base 95 x CON bonus, as in game");
            assertEquals(2368, orc.paperdollItemIds()[7], "Training Gloves");
            Selected s = c.select(0);
            assertEquals("Plainer", s.name());
            assertEquals(
                    List.of(31, 27, 31, 42, 24, 15),
                    List.of(s.intelligence(), s.str(), s.con(), s.men(), s.dex(), s.wit()));
            assertEquals(-690, s.z());
        }
    }

    /**
     * Exactly the bytes the public l2ts headless client sends with encryption off (its notes cite a capture of
     * the original client): ProtocolVersion, AuthLogin with a trailing 1, CharacterSelect with 14 zero bytes,
     * then 0x9D, D0:0008 and a 105-byte EnterWorld without waiting for answers.
     */
    @Test
    void anL2tsShapedSessionReachesTheWorldWithoutEncryption() throws Exception {
        SessionKey made = keys("tsbot", 2);
        try (GameConnection c = connect(plain)) {
            c.protocolVersion(746);
            c.authLogin("tsbot", made);
            assertTrue(c.createCharacter("Tsbot", 1, 0, 18, 0, 0, 0).ok());
        }
        SessionKey k = keys("TsBot", 2);
        try (GameConnection c = connect(plain)) {
            c.sendPlain(new byte[] {0x00, (byte) 0xEA, 0x02, 0x00, 0x00});
            byte[] key = c.readPacket();
            assertEquals(0, key[0]);
            assertEquals(1, key[1]);
            assertEquals(0, key[10] | key[11] | key[12] | key[13], "flag 0 at offset 10");
            c.sendPlain(GameConnection.authLoginPacket("TsBot", k));
            byte[] list = c.readPacket();
            assertEquals(0x13, list[0]);
            assertEquals(1, list[1], "TS reads only the count at offset 1");
            byte[] select = new byte[19];
            select[0] = 0x0D;
            c.sendPlain(select);
            assertEquals(0x15, c.readPacket()[0] & 0xFF);
            c.sendPlain(new byte[] {(byte) 0x9D});
            c.sendPlain(new byte[] {(byte) 0xD0, 0x08, 0x00});
            byte[] enter = new byte[105];
            enter[0] = 0x03;
            c.sendPlain(enter);
            assertEquals(0xFE, c.readPacket()[0] & 0xFF, "ExSendManorList answers D0:0008");
            assertFalse(c.awaitClosedWithin(Duration.ofMillis(300)), "nothing of it is fatal");
        }
    }

    @Test
    void wrongSessionKeysAreRefusedAndKeysWorkOnce() throws Exception {
        SessionKey k = keys("keyed", 1);
        try (GameConnection c = connect(encrypted)) {
            c.protocolVersion(746);
            SessionKey wrong = new SessionKey(k.loginOk1(), k.loginOk2(), k.playOk1(), k.playOk2() ^ 1);
            LoginRefused refused = assertThrows(LoginRefused.class, () -> c.authLogin("keyed", wrong));
            assertEquals(1, refused.reason());
            assertTrue(c.awaitClosed());
        }
        SessionKey fresh = keys("keyed", 1);
        try (GameConnection c = connect(encrypted)) {
            c.protocolVersion(746);
            c.authLogin("keyed", fresh);
        }
        try (GameConnection c = connect(encrypted)) {
            c.protocolVersion(746);
            assertThrows(LoginRefused.class, () -> c.authLogin("keyed", fresh), "a key works once");
        }
    }

    @Test
    void loggingInAgainAtTheLoginServerKicksTheGameSession() throws Exception {
        try (GameConnection inLobby = lobby(encrypted, "again", 1)) {
            try (LoginClient c = LoginClient.connect("127.0.0.1", login.clientPort())) {
                assertFalse(c.login("again", "secret12").ok(), "refused while in game");
            }
            assertTrue(inLobby.awaitClosed(), "the login server's kick closed the game connection");
        }
        // and a later login gets through: once the game server has told the login server that the account left
        // (over the link, just after it closed the connection — a login in between is still refused)
        boolean through = false;
        for (int i = 0; i < 50 && !through; i++) {
            try (LoginClient c = LoginClient.connect("127.0.0.1", login.clientPort())) {
                through = c.login("again", "secret12").ok();
                if (through) {
                    c.serverList();
                    assertTrue(c.requestServerLogin(1).ok(), "PlayOk after the kick");
                }
            }
            if (!through) {
                Thread.sleep(100);
            }
        }
        assertTrue(through, "a login after the kick gets through");
    }

    @Test
    void otherProtocolRevisionsGetTheRefusalKeyPacket() throws Exception {
        try (GameConnection c = connect(encrypted)) {
            Key key = c.protocolVersion(740);
            assertFalse(key.accepted());
            assertTrue(c.awaitClosed());
        }
    }

    @Test
    void aConnectionThatKeepsSendingOutOfStatePacketsIsClosed() throws Exception {
        long before = plain.networkStats().outOfState();
        try (GameConnection c = connect(plain)) {
            c.protocolVersion(746);
            for (int i = 0; i < 5; i++) {
                c.send(new byte[] {0x0E}); // NewCharacter before AuthLogin
            }
            assertTrue(c.awaitClosed());
        }
        assertTrue(plain.networkStats().outOfState() >= before + 5);
        assertTrue(plain.networkStats().closedForAbuse() >= 1);
    }

    @Test
    void malformedPacketsAreDroppedAndCounted() throws Exception {
        long before = plain.networkStats().malformed();
        try (GameConnection c = lobby(plain, "mangler", 2)) {
            c.send(new byte[] {0x0C, 1}); // CharacterDelete with a 1-byte slot
            assertEquals(9, c.newCharacter().size(), "still served after one bad packet");
        }
        assertEquals(before + 1, plain.networkStats().malformed());
    }

    @Test
    void objectIdsAreNeverReusedAcrossRestarts() throws Exception {
        Set<Integer> seen = new HashSet<>();
        try (Database own = Database.open(db.newSchema(), "classpath:db/game", GameServer.MAPPERS)) {
            GameServer first = startGame(3, own, Map.of("game.encryption", "false"));
            try (GameConnection c = GameConnection.connect("127.0.0.1", first.port())) {
                c.protocolVersion(746);
                c.authLogin("restarter", keys("restarter", 3));
                for (CharInfo ci : c.createCharacter("Before", 0, 0, 0, 0, 0, 0).characters()) {
                    seen.add(ci.objectId());
                    for (int id : ci.paperdollObjectIds()) {
                        seen.add(id);
                    }
                }
            } finally {
                first.close();
            }
            GameServer again = startGame(3, own, Map.of("game.encryption", "false"));
            try (GameConnection c = GameConnection.connect("127.0.0.1", again.port())) {
                c.protocolVersion(746);
                c.authLogin("restarter", keys("restarter", 3));
                CharInfo after = c.createCharacter("After", 0, 0, 0, 0, 0, 0).characters().stream()
                        .filter(ci -> ci.name().equals("After"))
                        .findFirst()
                        .orElseThrow();
                int max = seen.stream().mapToInt(Integer::intValue).max().orElseThrow();
                assertTrue(after.objectId() > max, "new ids start above the stored high-water mark");
                assertNotEquals(0, after.paperdollObjectIds()[7]);
            } finally {
                again.close();
            }
        }
    }
}
