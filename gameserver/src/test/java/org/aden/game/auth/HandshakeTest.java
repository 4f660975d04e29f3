package org.aden.game.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.aden.common.crypto.GameCrypt;
import org.aden.common.db.Database;
import org.aden.common.link.SessionKey;
import org.aden.common.net.ConnectionGate;
import org.aden.common.net.PacketWriter;
import org.aden.common.testing.LogCapture;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameServer;
import org.aden.game.character.CharacterRepository;
import org.aden.game.character.template.CharacterTemplateLoader;
import org.aden.game.datapack.XmlDatapack;
import org.aden.game.idfactory.HighWaterMarkIdFactory;
import org.aden.game.lobby.Lobby;
import org.aden.game.lobby.LobbyPackets;
import org.aden.game.lobby.LobbySettings;
import org.aden.game.lobby.WorldGateway;
import org.aden.game.network.GameNetwork;
import org.aden.game.network.NetworkSettings;
import org.aden.game.network.NetworkStats;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.RawGamePeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The handshake with real sockets and a real database; only the login server is replaced, by a gateway that
 * accepts the keys whose playOk1 is positive (the real link is covered by the tools end-to-end tests).
 */
class HandshakeTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static final List<String> events = new CopyOnWriteArrayList<>();
    static Database database;
    static GameNetwork network;

    static final LoginGateway LOGIN = new LoginGateway() {
        @Override
        public CompletableFuture<Boolean> verify(String account, SessionKey key) {
            events.add("verify " + account);
            return CompletableFuture.completedFuture(key.playOk1() > 0);
        }

        @Override
        public void playerEntered(String account) {
            events.add("entered " + account);
        }

        @Override
        public void playerLeft(String account) {
            events.add("left " + account);
        }
    };

    @BeforeAll
    static void start() {
        database = Database.open(db.newSchema(), "classpath:db/game", GameServer.MAPPERS);
        LobbySettings settings = LobbySettings.defaults();
        Lobby lobby = new Lobby(
                settings,
                new CharacterRepository(database),
                CharacterTemplateLoader.load(
                        new XmlDatapack(Path.of(System.getProperty("aden.root", ".."), "datapack"))),
                HighWaterMarkIdFactory.fromDatabase(database),
                InstantSource.system(),
                new Random(1));
        Handshake handshake =
                new Handshake(settings, LOGIN, new AccountSessions(), lobby, WorldGateway.NONE, new Random(7));
        OpcodeTables tables = new OpcodeTables();
        AuthHandlers.register(tables, handshake);
        LobbyPackets.register(tables, lobby, WorldGateway.NONE);
        network = new GameNetwork(
                new NetworkSettings(
                        "127.0.0.1",
                        0,
                        new ConnectionGate.Limits(0, 0, 0, 0),
                        1000,
                        1000,
                        20,
                        Duration.ofMinutes(1),
                        4096,
                        Duration.ofMinutes(1),
                        Duration.ofSeconds(20),
                        Duration.ofMinutes(15)),
                tables,
                handshake,
                Executors.newVirtualThreadPerTaskExecutor(),
                InstantSource.system(),
                new NetworkStats());
        network.start();
    }

    @AfterAll
    static void stop() {
        network.close();
        database.close();
    }

    /** A raw peer that knows the first two steps of the handshake. */
    static final class Peer extends RawGamePeer {
        Peer() throws IOException {
            super(network.port());
        }

        /** ProtocolVersion, KeyPacket, cipher on. */
        void hello() throws IOException {
            send(new PacketWriter().writeC(0).writeD(746).toByteArray());
            byte[] key = read();
            assertEquals(1, key[1]);
            crypt = new GameCrypt(java.util.Arrays.copyOfRange(key, 2, 10));
        }

        void auth(String account, int playOk1) throws IOException {
            send(new PacketWriter()
                    .writeC(0x08)
                    .writeS(account)
                    .writeD(2)
                    .writeD(playOk1)
                    .writeD(3)
                    .writeD(4)
                    .toByteArray());
        }

        boolean closed() throws IOException {
            return closedWithin(5000);
        }
    }

    @Test
    void aNewerSessionOfTheSameAccountKicksTheOlderOne() throws Exception {
        try (Peer older = new Peer();
                Peer newer = new Peer()) {
            older.hello();
            older.auth("Dup", 1);
            assertEquals(0x13, older.read()[0]);
            newer.hello();
            newer.auth("dup", 1);
            assertEquals(0x13, newer.read()[0]);
            assertArrayEquals(new byte[] {0x26}, older.read(), "ServerClose to the older connection");
            assertTrue(older.closed());
            newer.send(new byte[] {0x0E});
            assertEquals(0x17, newer.read()[0], "the newer one is served");
        }
        waitFor(() -> events.contains("left dup"));
        assertEquals(
                1,
                events.stream().filter(e -> e.equals("left dup")).count(),
                "the login server hears of one departure, when the account really leaves");
        assertEquals(2, events.stream().filter(e -> e.equals("entered dup")).count());
    }

    @Test
    void refusedKeysGetLoginFailAndTheAccountNeverEnters() throws Exception {
        try (Peer p = new Peer()) {
            p.hello();
            p.auth("Nokey", -5);
            assertArrayEquals(new byte[] {0x14, 1, 0, 0, 0}, p.read());
            assertTrue(p.closed());
        }
        assertTrue(events.contains("verify nokey"));
        assertTrue(events.stream().noneMatch(e -> e.endsWith(" nokey") && !e.startsWith("verify")));
    }

    @Test
    void authLoginBeforeProtocolVersionAndThePingAreClosed() throws Exception {
        try (Peer p = new Peer()) {
            p.auth("Early", 1);
            assertTrue(p.closed());
        }
        try (Peer p = new Peer()) {
            p.send(new PacketWriter().writeC(0).writeD(-2).toByteArray());
            assertTrue(p.closed(), "the -2 ping is answered by closing");
        }
        assertTrue(events.stream().noneMatch(e -> e.contains("early")));
    }

    @Test
    void accountNamesTheLoginServerWouldRefuseNeverReachTheLink() throws Exception {
        // issue 13 repro: a 40-character name went over the link and the login server dropped the whole link
        try (LogCapture log = new LogCapture()) {
            for (String name : List.of("a".repeat(40), "abc\nERROR forged", "x y", "bad-name", "é")) {
                try (Peer p = new Peer()) {
                    p.hello();
                    p.auth(name, 1);
                    assertTrue(p.closed(), name);
                }
            }
            assertTrue(
                    events.stream().noneMatch(e -> e.contains("forged") || e.contains("aaaa") || e.contains("x y")),
                    events.toString());
            assertTrue(
                    log.lines().stream().noneMatch(l -> l.message().contains("\n")),
                    "no line break from a client reaches the log");
        }
        try (Peer p = new Peer()) {
            p.hello();
            p.auth("Good_Name1", 1);
            assertEquals(0x13, p.read()[0], "the login server's rule, no stricter");
        }
    }

    @Test
    void restartAndLogoutBeforeTheWorld() throws Exception {
        try (Peer p = new Peer()) {
            p.hello();
            p.auth("Leaver", 1);
            assertEquals(0x13, p.read()[0]);
            PacketWriter create = new PacketWriter()
                    .writeC(0x0B)
                    .writeS("Leaver")
                    .writeD(0)
                    .writeD(0)
                    .writeD(0);
            for (int i = 0; i < 6; i++) {
                create.writeD(0);
            }
            p.send(create.writeD(0).writeD(0).writeD(0).toByteArray());
            assertEquals(0x19, p.read()[0]);
            assertEquals(0x13, p.read()[0]);

            p.send(new byte[] {0x46}); // RequestRestart on the selection screen
            assertArrayEquals(new byte[] {0x5F, 1, 0, 0, 0}, p.read());
            assertEquals(0x13, p.read()[0]);

            p.send(new PacketWriter().writeC(0x0D).writeD(0).writeZeros(14).toByteArray());
            assertEquals(0x15, p.read()[0]);
            p.send(new byte[] {0x46}); // RequestRestart after CharSelected, before EnterWorld
            assertArrayEquals(new byte[] {0x5F, 1, 0, 0, 0}, p.read());
            byte[] list = p.read();
            assertEquals(0x13, list[0]);
            assertEquals(1, list[1]);

            p.send(new PacketWriter().writeC(0x0D).writeD(0).writeZeros(14).toByteArray());
            assertEquals(0x15, p.read()[0], "selectable again after the restart");
            p.send(new byte[] {0x09}); // Logout
            assertArrayEquals(new byte[] {0x7E}, p.read(), "LeaveWorld");
            assertTrue(p.closed());
        }
    }

    @Test
    void aNewCharacterIsListedFullWithTheMaximaItHasInGame() throws Exception {
        try (Peer p = new Peer()) {
            p.hello();
            p.auth("Vital", 1);
            assertEquals(0x13, p.read()[0]);
            PacketWriter create = new PacketWriter()
                    .writeC(0x0B)
                    .writeS("Vital")
                    .writeD(0)
                    .writeD(0)
                    .writeD(0);
            for (int i = 0; i < 6; i++) {
                create.writeD(0);
            }
            p.send(create.writeD(0).writeD(0).writeD(0).toByteArray());
            assertEquals(0x19, p.read()[0]);
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(p.read()).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            assertEquals(0x13, b.get(0));
            assertEquals(1, b.getInt(1));
            // entry: S "Vital" (12) at 5, d oid, S "vital" (12), 10 d, then f curHp at 73, f curMp at 81, ...,
            // f maxHp at 293, f maxMp at 301 (game-handshake.md §5.3 #14/#15/#66/#67).
            // Human fighter level 1: 80 HP x CON 43 bonus = 126, 30 MP x MEN 25 bonus = 38 -- UserInfo's values;
            // found by game_check.py: the list said 80/80 while the game then showed 80/126.
            assertEquals(126.0, b.getDouble(293), "max HP as in UserInfo, not the template base 80");
            assertEquals(38.0, b.getDouble(301), "max MP");
            assertEquals(126.0, b.getDouble(73), "a new character starts full");
            assertEquals(38.0, b.getDouble(81));
        }
    }

    @Test
    void logoutOnTheSelectionScreenClosesWithoutLeaveWorld() throws Exception {
        try (Peer p = new Peer()) {
            p.hello();
            p.auth("Quitter", 1);
            assertEquals(0x13, p.read()[0]);
            p.send(new byte[] {0x09}); // Logout with no character selected (game-handshake.md §4.10)
            assertEquals(-1, p.readByte(), "closed without a reply (no LeaveWorld frame)");
        }
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + 5000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        assertTrue(condition.getAsBoolean());
    }
}
