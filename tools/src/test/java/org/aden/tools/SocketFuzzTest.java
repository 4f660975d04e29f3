package org.aden.tools;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.aden.common.config.ConfigLoader;
import org.aden.common.db.Database;
import org.aden.common.link.SessionKey;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameConfig;
import org.aden.game.GameServer;
import org.aden.game.network.ConnectionState;
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
 * Random frames at a real game server in every connection state, over the game cipher once it is on (raw bytes
 * before ProtocolVersion): the server stays up, a player already in the world keeps playing, and a new player still
 * logs in and enters. Opcodes are drawn half from the state's own table (so decoders and handlers are reached), half
 * at random. {@code -Dfuzz.seed=N} repeats a run; {@code -Dfuzz.frames=N} frames per connection (default 150).
 */
class SocketFuzzTest {
    static final Duration WAIT = Duration.ofSeconds(10);
    static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());
    static final int FRAMES = Integer.getInteger("fuzz.frames", 150);

    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static final String SECRET = "fuzz-secret";
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
                                "game.datapack", WorldEndToEndTest.datapack().toString(),
                                "game.world.spawn-npcs", "false",
                                "game.save-journal", "target/socket-fuzz-save-journal"))),
                gameDb);
        game.start();
        assertTrue(game.link().awaitConnected(WAIT), "game server registers");
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

    static WorldClient enter(String account) throws IOException {
        GameConnection c = inLobby(account);
        c.select(0);
        return WorldClient.enter(c, true, null, WAIT);
    }

    /** The state's opcodes as the server lists them ("0x01 Name", "D0:0008 Name"): first byte(s) of a frame. */
    static List<byte[]> opcodesOf(ConnectionState state) {
        List<byte[]> out = new ArrayList<>();
        for (String line : game.opcodeTables().state(state).index()) {
            String code = line.substring(0, line.indexOf(' '));
            if (code.startsWith("D0:")) {
                int sub = Integer.parseInt(code.substring(3), 16);
                out.add(new byte[] {(byte) 0xD0, (byte) sub, (byte) (sub >> 8)});
            } else {
                out.add(new byte[] {(byte) Integer.parseInt(code.substring(2), 16)});
            }
        }
        return out;
    }

    static byte[] randomBody(Random r, List<byte[]> opcodes) {
        byte[] head = r.nextBoolean() && !opcodes.isEmpty()
                ? opcodes.get(r.nextInt(opcodes.size()))
                : new byte[] {(byte) r.nextInt(256)};
        int len = switch (r.nextInt(4)) {
            case 0 -> 0;
            case 1 -> r.nextInt(8);
            case 2 -> r.nextInt(64);
            default -> r.nextInt(2000);
        };
        byte[] body = new byte[head.length + len];
        System.arraycopy(head, 0, body, 0, head.length);
        for (int i = head.length; i < body.length; i++) {
            int k = r.nextInt(10);
            body[i] = k < 4 ? 0 : k < 5 ? (byte) 0xFF : (byte) r.nextInt(256);
        }
        return body;
    }

    /** Sends frames until done or the server closed the connection (it may: too many bad packets). */
    static int barrage(GameConnection c, Random r, List<byte[]> opcodes) {
        int sent = 0;
        try {
            for (; sent < FRAMES; sent++) {
                c.send(randomBody(r, opcodes));
            }
        } catch (IOException closed) {
            // the server dropped this connection: allowed
        }
        return sent;
    }

    static GameConnection inLobby(String account) throws IOException {
        SessionKey k = keys(account);
        GameConnection c = GameConnection.connect("127.0.0.1", game.port());
        c.protocolVersion(746);
        List<CharInfo> chars = c.authLogin(account, k);
        if (chars.isEmpty()) {
            assertTrue(
                    c.createCharacter(Character.toUpperCase(account.charAt(0)) + account.substring(1), 0, 0, 0, 0, 0, 0)
                            .ok());
        }
        return c;
    }

    static int moves;

    /** The witness still plays: its move is answered with its own MoveToLocation. */
    static void stillPlays(WorldClient witness, String after) throws IOException {
        int mark = witness.mark();
        WorldPackets.Me me = witness.me();
        witness.moveTo(me.x() + 20 * ++moves, me.y(), me.z()); // a new destination each time
        assertNotNull(
                witness.awaitAfter(
                        mark,
                        p -> WorldPackets.opcode(p) == WorldPackets.MOVE_TO_LOCATION
                                && WorldPackets.objectId(p) == me.objectId(),
                        WAIT),
                "a player in the world is still answered after random frames " + after + " [fuzz.seed=" + SEED + "]");
    }

    @Test
    void randomFramesInEveryStateLeaveTheServerAndOtherPlayersAlone() throws Exception {
        Random r = new Random(SEED);
        try (WorldClient witness = enter("witness")) {
            // CONNECTED, before ProtocolVersion: raw bytes, any length prefixes
            for (int i = 0; i < 3; i++) {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress("127.0.0.1", game.port()), 5000);
                    OutputStream out = s.getOutputStream();
                    byte[] junk = new byte[1 + r.nextInt(4000)];
                    r.nextBytes(junk);
                    out.write(junk);
                    out.flush();
                } catch (IOException closed) {
                    // refused or reset: allowed
                }
            }
            stillPlays(witness, "before ProtocolVersion");

            // CONNECTED with the cipher on (after ProtocolVersion), AuthLogin not yet sent
            for (int i = 0; i < 3; i++) {
                try (GameConnection c = GameConnection.connect("127.0.0.1", game.port())) {
                    c.protocolVersion(746);
                    barrage(c, r, opcodesOf(ConnectionState.CONNECTED));
                }
            }
            stillPlays(witness, "in CONNECTED");

            try (GameConnection c = inLobby("fuzzlobby")) {
                barrage(c, r, opcodesOf(ConnectionState.IN_LOBBY));
            }
            stillPlays(witness, "in IN_LOBBY");

            try (GameConnection c = inLobby("fuzzenter")) {
                c.select(0);
                barrage(c, r, opcodesOf(ConnectionState.ENTERING));
            }
            stillPlays(witness, "in ENTERING");

            try (GameConnection c = inLobby("fuzzgame")) {
                c.select(0);
                try (WorldClient w = WorldClient.enter(c, false, null, WAIT)) {
                    List<byte[]> ops = opcodesOf(ConnectionState.IN_GAME);
                    try {
                        for (int i = 0; i < FRAMES && !w.isClosed(); i++) {
                            w.send(randomBody(r, ops));
                        }
                    } catch (IOException closed) {
                        // dropped by the server: allowed
                    }
                }
            }
            stillPlays(witness, "in IN_GAME");
        }
        // and a new player still gets in
        try (WorldClient late = enter("latecomer")) {
            assertNotNull(late.me());
            assertTrue(late.logout(WAIT), "LeaveWorld");
        }
    }
}
