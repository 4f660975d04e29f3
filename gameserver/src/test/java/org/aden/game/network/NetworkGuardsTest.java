package org.aden.game.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.aden.common.crypto.GameCrypt;
import org.aden.common.net.ConnectionGate;
import org.aden.common.net.PacketWriter;
import org.aden.common.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The guards of {@link PacketDispatcher} and {@link GameNetwork} with real sockets on loopback. */
class NetworkGuardsTest {
    static final byte[] KEY = {9, 8, 7, 6, 5, 4, 3, 2};

    record Echo(int value) {}

    final NetworkStats stats = new NetworkStats();
    final List<GameClient> closed = new ArrayList<>();
    GameNetwork network;

    GameNetwork start(NetworkSettings settings) {
        OpcodeTables tables = new OpcodeTables();
        tables.state(ConnectionState.CONNECTED)
                .on(
                        0x01,
                        "Echo",
                        r -> new Echo(r.readD()),
                        (c, p) -> c.send(w -> w.writeC(0x01).writeD(p.value())))
                .on(0x02, "StartCipher", r -> new Echo(0), (c, p) -> {
                    c.send(w -> w.writeC(0x02)); // plain, like KeyPacket
                    c.enableEncryption(new GameCrypt(KEY));
                })
                .on(0x04, "Boom", r -> new Echo(0), (c, p) -> {
                    throw new IllegalStateException("handler bug");
                })
                .on(
                        0x05,
                        "EchoAtOffset8",
                        r -> {
                            r.skip(7);
                            return new Echo(r.readD());
                        },
                        (c, p) -> c.sendShared(far(p.value())))
                .ignore(0x9D, "RequestSkillCoolTime");
        tables.state(ConnectionState.IN_GAME).on(0x03, "InGameOnly", r -> new Echo(0), (c, p) -> {});
        network = new GameNetwork(
                settings,
                tables,
                c -> {
                    synchronized (closed) {
                        closed.add(c);
                    }
                },
                Executors.newVirtualThreadPerTaskExecutor(),
                InstantSource.system(),
                stats);
        network.start();
        return network;
    }

    static NetworkSettings settings(int perIp, int perSecond, int burst, int violations) {
        return new NetworkSettings(
                "127.0.0.1",
                0,
                new ConnectionGate.Limits(0, perIp, 0, 0),
                perSecond,
                burst,
                violations,
                Duration.ofMinutes(1),
                1024,
                Duration.ofMinutes(1),
                Duration.ofSeconds(20),
                Duration.ofMinutes(15));
    }

    @AfterEach
    void stop() {
        if (network != null) {
            network.close();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A packet whose value sits at offsets 8-11, under the key bytes that roll with every packet. */
    static byte[] far(int v) {
        return new PacketWriter()
                .writeC(0x05)
                .writeZeros(7)
                .writeD(v)
                .writeZeros(8)
                .toByteArray();
    }

    static byte[] echo(int v) {
        return new PacketWriter().writeC(0x01).writeD(v).toByteArray();
    }

    @Test
    void cipherRunsInBothDirectionsAfterThePlainReply() throws IOException {
        start(settings(0, 1000, 1000, 5));
        try (RawGamePeer p = new RawGamePeer(network.port())) {
            p.send(new byte[] {0x02});
            assertArrayEquals(new byte[] {0x02}, p.read(), "the switch-on reply is plain");
            p.crypt = new GameCrypt(KEY);
            for (int i = 0; i < 20; i++) {
                p.send(far(i * 1000));
                assertArrayEquals(far(i * 1000), p.read(), "round " + i);
                p.send(echo(i));
                assertArrayEquals(echo(i), p.read());
            }
        }
    }

    @Test
    void outOfStateAndMalformedPacketsAreDroppedUntilTheLimitCloses() throws IOException {
        start(settings(0, 1000, 1000, 3));
        try (RawGamePeer p = new RawGamePeer(network.port())) {
            p.send(new byte[] {0x03}); // known, but only in IN_GAME
            p.send(new byte[] {0x03});
            p.send(echo(7));
            assertArrayEquals(echo(7), p.read(), "two bad packets are tolerated");
            p.send(new byte[] {0x03});
            assertTrue(p.closedWithin(2000), "the third closes the connection");
        }
        assertEquals(3, stats.outOfState());
        assertEquals(1, stats.closedForAbuse());
        try (RawGamePeer p = new RawGamePeer(network.port())) {
            p.send(new byte[] {0x01, 1}); // Echo needs 4 bytes
            assertTrue(p.closedWithin(2000), "before login one malformed packet closes the connection");
        }
        assertEquals(1, stats.malformed());
        assertEquals(2, stats.closedForAbuse());
    }

    @Test
    void aConnectionTricklingPacketsIsClosedAtItsHandshakeDeadline() throws IOException {
        // issue 13 repro: a byte now and then reset the idle timer, so a slow connection stayed for ever
        start(settings(0, 1000, 1000, 5).withDeadlines(Duration.ofMillis(800), Duration.ofSeconds(5)));
        try (RawGamePeer p = new RawGamePeer(network.port())) {
            long opened = System.currentTimeMillis();
            boolean closed = false;
            for (int i = 0; i < 20 && !closed; i++) {
                try {
                    p.send(echo(i));
                    p.read();
                    sleep(200);
                } catch (IOException e) {
                    closed = true;
                }
            }
            closed = closed || p.closedWithin(2000);
            assertTrue(closed, "closed although it kept sending");
            long after = System.currentTimeMillis() - opened;
            assertTrue(after >= 700 && after < 3000, "at the deadline, not before: " + after + " ms");
        }
        assertEquals(1, stats.handshakeTimeouts());
    }

    @Test
    void refusedConnectionsAndBadFramesAreLoggedOnceAMinutePerAddress() throws Exception {
        start(settings(1, 1000, 1000, 5));
        try (LogCapture log = new LogCapture();
                RawGamePeer held = new RawGamePeer(network.port())) {
            held.send(echo(1));
            held.read();
            for (int i = 0; i < 30; i++) {
                try (RawGamePeer refused = new RawGamePeer(network.port())) {
                    refused.closedWithin(2000);
                }
            }
            waitFor(() -> stats.refusedConnections() == 30);
            assertEquals(
                    1,
                    log.containing("refusing game connections from 127.0.0.1").size(),
                    "one line");
            assertTrue(log.lines().stream().noneMatch(l -> l.message().contains("null")), "never 'null'");
        }
        sleep(300); // the held slot is free again
        try (LogCapture log = new LogCapture()) {
            for (int i = 0; i < 20; i++) {
                try (RawGamePeer bad = new RawGamePeer(network.port())) {
                    bad.sendRaw(new byte[] {(byte) 0xFF, (byte) 0xFF, 1}); // a frame longer than allowed
                    bad.closedWithin(2000);
                }
            }
            assertEquals(
                    1,
                    log.containing("bad frame from 127.0.0.1").size(),
                    log.lines().toString());
        }
    }

    static void waitFor(java.util.function.BooleanSupplier condition) {
        long end = System.currentTimeMillis() + 5000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            sleep(20);
        }
    }

    @Test
    void strayPacketsNeverCloseAndHandlerBugsDoNotKill() throws IOException {
        start(settings(0, 1000, 1000, 2));
        try (RawGamePeer p = new RawGamePeer(network.port())) {
            for (int i = 0; i < 10; i++) {
                p.send(new byte[] {(byte) 0x9D});
            }
            p.send(new byte[] {0x04});
            p.send(echo(5));
            assertArrayEquals(echo(5), p.read());
        }
        assertEquals(10, stats.ignoredStray());
        assertEquals(0, stats.closedForAbuse());
    }

    @Test
    void unknownOpcodesAreLoggedOnceAndCountAsBadOnlyBeforeLogin() throws IOException {
        start(settings(0, 1000, 1000, 3));
        try (RawGamePeer p = new RawGamePeer(network.port())) {
            p.send(new byte[] {(byte) 0xEE, 1, 2});
            p.send(new byte[] {(byte) 0xD0, 0x55, 0x00});
            p.send(echo(5));
            assertArrayEquals(echo(5), p.read(), "two unknown packets are tolerated");
            p.send(new byte[] {(byte) 0xEE});
            assertTrue(p.closedWithin(2000), "a third before login closes the connection");
        }
        assertEquals(3, stats.unknown());
    }

    @Test
    void aFloodingConnectionIsRateLimitedThenClosed() throws IOException {
        start(settings(0, 1, 5, 3));
        try (RawGamePeer p = new RawGamePeer(network.port())) {
            for (int i = 0; i < 20; i++) {
                p.send(new byte[] {(byte) 0x9D});
            }
            assertTrue(p.closedWithin(2000));
        }
        assertTrue(stats.rateLimited() >= 3);
        assertEquals(1, stats.closedForAbuse());
    }

    @Test
    void packetsDroppedOverTheRateStillAdvanceTheCipher() throws IOException {
        start(settings(0, 5, 3, 10));
        try (RawGamePeer p = new RawGamePeer(network.port())) {
            p.send(new byte[] {0x02});
            p.read();
            p.crypt = new GameCrypt(KEY);
            for (int i = 0; i < 8; i++) {
                p.send(new PacketWriter().writeC(0x9D).writeZeros(19).toByteArray()); // mostly over the rate
            }
            sleep(1200); // the bucket refills
            p.send(far(42));
            assertArrayEquals(far(42), p.read(), "the stream still decrypts after dropped packets");
        }
        assertTrue(stats.rateLimited() >= 4);
    }

    @Test
    void connectionsPerAddressAreLimited() throws IOException {
        start(settings(2, 1000, 1000, 5));
        try (RawGamePeer a = new RawGamePeer(network.port());
                RawGamePeer b = new RawGamePeer(network.port())) {
            a.send(echo(1));
            b.send(echo(2));
            assertArrayEquals(echo(1), a.read());
            assertArrayEquals(echo(2), b.read());
            try (RawGamePeer c = new RawGamePeer(network.port())) {
                assertTrue(c.closedWithin(2000), "the third from one address is refused");
            }
            assertEquals(1, stats.refusedConnections());
        }
        // slots are released when connections close (the server may take a moment to notice)
        long deadline = System.currentTimeMillis() + 3000;
        boolean served = false;
        while (!served && System.currentTimeMillis() < deadline) {
            try (RawGamePeer d = new RawGamePeer(network.port())) {
                d.send(echo(3));
                served = java.util.Arrays.equals(echo(3), d.read());
            } catch (IOException refusedStill) {
                sleep(50);
            }
        }
        assertTrue(served, "closed connections free their slot");
    }

    static NetworkSettings admission(ConnectionGate.Limits limits) {
        NetworkSettings d = settings(0, 1000, 1000, 5);
        return new NetworkSettings(
                d.host(),
                d.port(),
                limits,
                d.packetsPerSecond(),
                d.packetBurst(),
                d.violationLimit(),
                d.violationWindow(),
                d.maxPacketSize(),
                d.loginTimeout(),
                d.handshakeTimeout(),
                d.lobbyTimeout());
    }

    @Test
    void oneSubnetCannotTakeMoreThanItsShare() throws IOException {
        start(admission(new ConnectionGate.Limits(0, 0, 2, 0)));
        try (RawGamePeer a = new RawGamePeer(network.port(), "127.0.0.1");
                RawGamePeer b = new RawGamePeer(network.port(), "127.0.0.2")) {
            a.send(echo(1));
            b.send(echo(2));
            assertArrayEquals(echo(1), a.read());
            assertArrayEquals(echo(2), b.read());
            try (RawGamePeer c = new RawGamePeer(network.port(), "127.0.0.3")) {
                assertTrue(c.closedWithin(2000), "a third from 127.0.0.0/24 is refused");
            }
            try (RawGamePeer other = new RawGamePeer(network.port(), "127.0.1.1")) {
                other.send(echo(3));
                assertArrayEquals(echo(3), other.read(), "another subnet still gets in");
            }
        }
    }

    static RawGamePeer answered(RawGamePeer p) throws IOException {
        p.send(echo(7));
        assertArrayEquals(echo(7), p.read());
        return p;
    }

    @Test
    void aFullServerDisplacesAnUnfinishedLoginOfTheMostCrowdedSubnet() throws IOException {
        start(admission(new ConnectionGate.Limits(0, 0, 0, 3)));
        // each one answered before the next connects, so that the server saw them in this order
        try (RawGamePeer a = answered(new RawGamePeer(network.port(), "127.0.0.1"));
                RawGamePeer b = answered(new RawGamePeer(network.port(), "127.0.0.2"));
                RawGamePeer c = answered(new RawGamePeer(network.port(), "127.0.0.3"))) {
            try (RawGamePeer newcomer = new RawGamePeer(network.port(), "127.0.1.1")) {
                newcomer.send(echo(8));
                assertArrayEquals(echo(8), newcomer.read(), "the newcomer of a quiet network is admitted");
                assertTrue(a.closedWithin(2000), "the oldest unfinished login of the crowded subnet made room");
            }
            b.send(echo(9));
            assertArrayEquals(echo(9), b.read(), "only one was displaced");
        }
    }
}
