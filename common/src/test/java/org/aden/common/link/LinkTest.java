package org.aden.common.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.aden.common.link.LinkMessage.*;
import org.aden.common.net.MalformedPacketException;
import org.junit.jupiter.api.Test;

/** Message round trips, and the handshake + client against a minimal login side on a real loopback socket. */
class LinkTest {
    private static final byte[] N1 = new byte[32];
    private static final byte[] P1 = new byte[32];

    static {
        for (int i = 0; i < 32; i++) {
            N1[i] = (byte) i;
            P1[i] = (byte) (100 + i);
        }
    }

    @Test
    void everyMessageRoundTrips() {
        List<LinkMessage> all = List.of(
                new Hello(1, N1),
                new Register(1, 3, N1, P1, "10.0.0.7", 7777),
                new RegisterOk(3, P1),
                new RegisterFail(RegisterFailReason.ID_IN_USE, "server 3 is connected"),
                new StatusUpdate(new GameServerStatus(true, 12, 500, 18, true, 0x41, true, false)),
                new VerifySession(99, "alice", new SessionKey(1, -2, 3, -4)),
                new VerifyResult(99, "alice", true),
                new PlayerEntered("bob"),
                new PlayerLeft("bob"),
                new PlayersOnline(List.of("a", "b", "c")),
                new Kick("carol"),
                new Ping());
        for (LinkMessage m : all) {
            LinkMessage back = LinkMessage.read(m.encode());
            assertArrayEquals(m.encode(), back.encode(), m.getClass().getSimpleName());
            assertEquals(m.getClass(), back.getClass());
        }
        VerifySession v =
                (VerifySession) LinkMessage.read(new VerifySession(7, "x", new SessionKey(5, 6, 7, 8)).encode());
        assertEquals(new SessionKey(5, 6, 7, 8), v.key());
        assertEquals(7, v.requestId());
    }

    @Test
    void malformedMessagesAreRejected() {
        assertThrows(MalformedPacketException.class, () -> LinkMessage.read(new byte[] {0x7F}));
        byte[] kick = new Kick("x").encode();
        assertThrows(
                MalformedPacketException.class, () -> LinkMessage.read(java.util.Arrays.copyOf(kick, kick.length - 1)));
        assertThrows(
                MalformedPacketException.class, () -> LinkMessage.read(java.util.Arrays.copyOf(kick, kick.length + 1)));
        assertThrows(
                MalformedPacketException.class, () -> LinkMessage.read(new byte[] {0x15, (byte) 0xFF, 0x7F, 0, 0}));
    }

    /** A login side just big enough to test the client: one connection, answers verifications "true" for "good". */
    private static final class MiniLogin implements AutoCloseable {
        final ServerSocket server;
        final BlockingQueue<LinkMessage> received = new LinkedBlockingQueue<>();
        volatile LinkConnection conn;
        final String secret;

        MiniLogin(String secret) throws IOException {
            this(secret, 0);
        }

        MiniLogin(String secret, int port) throws IOException {
            this.secret = secret;
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5);
            Thread.ofVirtual().start(this::serve);
        }

        private void serve() {
            try {
                while (!server.isClosed()) {
                    Socket s = server.accept();
                    LinkConnection c = new LinkConnection(s, true);
                    byte[] nonce = LinkHandshake.challenge(c, new SecureRandom());
                    Register r = LinkHandshake.awaitRegister(c);
                    if (!LinkHandshake.proofValid(secret, nonce, r)) {
                        LinkHandshake.refuse(c, RegisterFailReason.BAD_SECRET, "wrong secret");
                        received.add(new RegisterFail(RegisterFailReason.BAD_SECRET, "refused"));
                        c.close();
                        continue;
                    }
                    LinkHandshake.accept(c, secret, nonce, r);
                    conn = c;
                    received.add(r);
                    try {
                        while (true) {
                            LinkMessage m = c.receive();
                            if (m instanceof VerifySession v) {
                                c.send(new VerifyResult(
                                        v.requestId(), v.account(), v.account().equals("good")));
                            }
                            received.add(m);
                        }
                    } catch (IOException e) {
                        c.close();
                    }
                }
            } catch (IOException e) {
                // server closed
            }
        }

        LinkMessage next() throws InterruptedException {
            LinkMessage m = received.poll(5, TimeUnit.SECONDS);
            if (m == null) {
                throw new AssertionError("no link message arrived");
            }
            return m;
        }

        @Override
        public void close() throws IOException {
            server.close();
            if (conn != null) {
                conn.close();
            }
        }
    }

    private static LoginLinkClient client(int port, String secret, BlockingQueue<String> kicks) {
        var settings = LoginLinkClient.Settings.of("127.0.0.1", port, 2, secret, "127.0.0.1", 7777)
                .withBackoff(Duration.ofMillis(50), Duration.ofMillis(200));
        return new LoginLinkClient(settings, GameServerStatus.up(100), kicks::add);
    }

    @Test
    void clientRegistersReportsVerifiesAndReceivesKicks() throws Exception {
        BlockingQueue<String> kicks = new LinkedBlockingQueue<>();
        try (MiniLogin login = new MiniLogin("s3cret");
                LoginLinkClient link = client(login.server.getLocalPort(), "s3cret", kicks)) {
            link.playerEntered("Early"); // before the link is up: must arrive in PlayersOnline
            link.start();
            assertTrue(link.awaitConnected(Duration.ofSeconds(5)));
            Register r = assertInstanceOf(Register.class, login.next());
            assertEquals(2, r.serverId());
            assertEquals(7777, r.gamePort());
            assertInstanceOf(StatusUpdate.class, login.next());
            assertEquals(
                    List.of("early"),
                    assertInstanceOf(PlayersOnline.class, login.next()).accounts());

            assertTrue(link.verifySession("GOOD", new SessionKey(1, 2, 3, 4)).get(5, TimeUnit.SECONDS));
            assertInstanceOf(VerifySession.class, login.next());
            assertFalse(link.verifySession("bad", new SessionKey(1, 2, 3, 4)).get(5, TimeUnit.SECONDS));
            login.next();

            link.playerEntered("Bob");
            assertEquals(
                    "bob", assertInstanceOf(PlayerEntered.class, login.next()).account());
            link.playerLeft("bob");
            assertEquals("bob", assertInstanceOf(PlayerLeft.class, login.next()).account());

            login.conn.send(new Kick("bob"));
            assertEquals("bob", kicks.poll(5, TimeUnit.SECONDS));
        }
    }

    @Test
    @SuppressWarnings("try") // the login side is closed on purpose inside its try block
    void wrongSecretIsRefusedAndReconnectsAfterLoginRestart() throws Exception {
        try (MiniLogin login = new MiniLogin("right");
                LoginLinkClient link = client(login.server.getLocalPort(), "wrong", new LinkedBlockingQueue<>())) {
            link.start();
            assertInstanceOf(RegisterFail.class, login.next());
            assertFalse(link.isConnected());
            assertFalse(link.verifySession("good", new SessionKey(1, 2, 3, 4)).get(1, TimeUnit.SECONDS));
        }

        try (MiniLogin login = new MiniLogin("s")) {
            int port = login.server.getLocalPort();
            try (LoginLinkClient link = client(port, "s", new LinkedBlockingQueue<>())) {
                link.start();
                assertTrue(link.awaitConnected(Duration.ofSeconds(5)));
                link.playerEntered("stay");
                login.close(); // login server goes away
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (link.isConnected() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertFalse(link.isConnected());
                assertFalse(
                        link.verifySession("good", new SessionKey(1, 2, 3, 4)).get(1, TimeUnit.SECONDS));
                // a new login server on the same port: the client comes back and re-reports its players
                try (MiniLogin again = new MiniLogin("s", port)) {
                    assertTrue(link.awaitConnected(Duration.ofSeconds(5)));
                    assertInstanceOf(Register.class, again.next());
                    assertInstanceOf(StatusUpdate.class, again.next());
                    assertEquals(
                            List.of("stay"),
                            assertInstanceOf(PlayersOnline.class, again.next()).accounts());
                }
            }
        }
    }
}
