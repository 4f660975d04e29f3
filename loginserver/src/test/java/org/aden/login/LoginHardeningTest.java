package org.aden.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aden.common.config.ConfigLoader;
import org.aden.common.db.Database;
import org.aden.common.link.GameServerStatus;
import org.aden.common.link.LinkConnection;
import org.aden.common.link.LinkHandshake;
import org.aden.common.link.LinkMessage;
import org.aden.common.link.SessionKey;
import org.aden.common.testing.LogCapture;
import org.aden.common.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Defects of issue 13 on the login side, reproduced against a real LoginServer on loopback sockets with the
 * embedded MariaDB: a bad link message must not drop the link (1), slow handshakes have a deadline (3), and
 * refused or misbehaving connections log at most one line a minute per address, never "null" (5).
 */
class LoginHardeningTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static final String SECRET = "hardening-secret";
    static Database database;

    @BeforeAll
    static void open() {
        database = Database.open(db.newSchema(), "classpath:db/login", LoginServer.MAPPERS);
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    static LoginServer start(Map<String, String> extra) throws IOException {
        Map<String, String> o = new HashMap<>(Map.of(
                "login.client.host", "127.0.0.1",
                "login.client.port", "0",
                "login.link.port", "0",
                "login.link.secret", SECRET,
                "login.bcrypt-cost", "4",
                "login.rsa-pool-size", "1"));
        o.putAll(extra);
        LoginServer s =
                new LoginServer(LoginConfig.from(ConfigLoader.load(null, LoginConfig.SPEC, Map.of(), o)), database);
        s.start();
        return s;
    }

    /** A game server's end of the link, speaking raw messages (so it can send what LoginLinkClient never would). */
    static LinkConnection registeredGameServer(LoginServer s, int id) throws IOException {
        Socket socket = new Socket("127.0.0.1", s.linkPort());
        socket.setSoTimeout(5000);
        LinkConnection c = new LinkConnection(socket, false);
        LinkHandshake.register(c, SECRET, id, "127.0.0.1", 7777, new SecureRandom());
        c.send(new LinkMessage.StatusUpdate(GameServerStatus.up(100)));
        return c;
    }

    @Test
    void aBadLinkMessageIsRefusedAloneAndTheLinkStaysUp() throws Exception {
        try (LoginServer s = start(Map.of());
                LogCapture log = new LogCapture();
                LinkConnection game = registeredGameServer(s, 1)) {
            // the repro of the hostile test: a 40-character account name, over the link's 32
            game.send(new LinkMessage.VerifySession(42, "a".repeat(40), new SessionKey(1, 2, 3, 4)));
            LinkMessage.VerifyResult r = assertInstanceOf(LinkMessage.VerifyResult.class, game.receive());
            assertEquals(42, r.requestId(), "the refused request is still answered");
            assertFalse(r.valid());
            for (int i = 0; i < 20; i++) {
                game.send(new LinkMessage.VerifySession(100 + i, "b".repeat(40), new SessionKey(1, 2, 3, 4)));
                assertInstanceOf(LinkMessage.VerifyResult.class, game.receive());
            }
            game.send(new LinkMessage.Ping());
            assertInstanceOf(LinkMessage.Ping.class, game.receive(), "the same link still works");
            assertTrue(s.gameServers().get(1).orElseThrow().up(), "the server stays up in the list");
            assertEquals(21, s.refusedLinkMessages());
            assertEquals(1, log.containing("refused one message").size(), "logged once a minute, not 21 times");
            assertTrue(log.containing("disconnected").isEmpty(), "the link never dropped");
        }
    }

    @Test
    void aConnectionTricklingBytesIsClosedAtTheHandshakeDeadline() throws Exception {
        try (LoginServer s = start(Map.of("login.client.handshake-timeout", "1s", "login.client.idle-timeout", "60s"));
                Socket slow = new Socket("127.0.0.1", s.clientPort())) {
            slow.setSoTimeout(200);
            InputStream in = slow.getInputStream();
            OutputStream out = slow.getOutputStream();
            out.write(new byte[] {0x40, 0x00}); // a 64-byte frame announced...
            long t0 = System.nanoTime();
            boolean closed = false;
            // ...whose body comes one byte every 200 ms: that keeps an idle timer happy for ever; not the deadline
            while (!closed && System.nanoTime() - t0 < 5_000_000_000L) {
                try {
                    out.write(0x10);
                    out.flush();
                } catch (IOException e) {
                    closed = true;
                    break;
                }
                try {
                    while (true) {
                        if (in.read(new byte[512]) < 0) {
                            closed = true;
                            break;
                        }
                    }
                } catch (SocketTimeoutException e) {
                    // nothing more yet
                } catch (IOException e) {
                    closed = true;
                }
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(closed, "a slow handshake is closed");
            assertTrue(ms >= 800 && ms < 3000, "closed at the deadline, after " + ms + " ms");
            assertEquals(1, s.handshakeTimeouts());
        }
    }

    @Test
    void refusedConnectionsAndBadFramesLogOnceAMinutePerAddressNeverNull() throws Exception {
        try (LoginServer s = start(
                        Map.of("login.flood.max-concurrent", "2", "login.flood.connections-per-second", "10000"));
                LogCapture log = new LogCapture()) {
            List<Socket> held = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Socket h = new Socket("127.0.0.1", s.clientPort());
                h.setSoTimeout(2000);
                h.getInputStream().read(); // its Init: admitted before the flood starts (I/O threads race otherwise)
                held.add(h);
            }
            for (int i = 0; i < 100; i++) {
                try (Socket refused = new Socket("127.0.0.1", s.clientPort())) {
                    refused.setSoTimeout(2000);
                    refused.getInputStream().read(); // closed by the server
                } catch (IOException expected) {
                    // reset
                }
            }
            for (Socket h : held) {
                h.close();
            }
            waitFor(() -> s.refusedConnections() >= 100);
            for (int i = 0; i < 50; i++) {
                try (Socket bad = new Socket()) {
                    bad.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), s.clientPort()));
                    bad.setSoTimeout(2000);
                    bad.getOutputStream().write(new byte[] {1, 0, 0, 0}); // frame length 1: malformed
                    try {
                        while (bad.getInputStream().read(new byte[512]) >= 0) {
                            // until closed
                        }
                    } catch (IOException expected) {
                        // reset
                    }
                }
                Thread.sleep(5); // let the server see each close, so the per-address limit is not what refuses
            }
            Thread.sleep(300);
            assertTrue(s.refusedConnections() >= 100, "refused: " + s.refusedConnections());
            assertEquals(
                    1, log.containing("refusing connections from 127.0.0.1").size(), lines(log));
            assertEquals(1, log.containing("bad frame from 127.0.0.1").size(), lines(log));
            assertTrue(log.lines().stream().noneMatch(l -> l.message().contains("null")), "no address printed as null");
        }
    }

    private static String lines(LogCapture log) {
        return String.join(
                "\n", log.lines().stream().map(LogCapture.Line::message).toList());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
