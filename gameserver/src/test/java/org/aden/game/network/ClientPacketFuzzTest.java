package org.aden.game.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.aden.common.config.ConfigLoader;
import org.aden.common.db.Database;
import org.aden.common.db.EmbeddedMariaDb;
import org.aden.common.log.LogThrottle;
import org.aden.common.net.MalformedPacketException;
import org.aden.common.net.PacketReader;
import org.aden.game.GameConfig;
import org.aden.game.GameServer;
import org.aden.game.TestData;
import org.apache.mina.core.session.DummySession;

/**
 * Fuzzes every client packet decoder in every connection state (jqwik), walking the opcode tables of a started game
 * server, so a packet registered tomorrow is fuzzed without being named here. Each decoder gets every truncation of
 * its valid samples (corpus: src/test/resources/fuzz/NAME.hex, whole bodies with the opcode, one per line), then the
 * property draws a packet and a random body or a mutation of one of its samples. Passing means: the decoder returns a
 * packet or throws {@link MalformedPacketException}, nothing else; and through the real {@link PacketDispatcher} the
 * handler runs exactly when the decoder accepted the body, never on malformed input.
 *
 * <p>The build runs {@code jqwik.tries.default} cases (junit-platform.properties: 30000, a few seconds). Longer:
 * {@code ./mvnw -B -ntp -pl gameserver -am test -Dtest=ClientPacketFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Djqwik.tries.default=3000000}. {@code -Dfuzz.write-corpus=DIR} writes a decodable sample for each packet that has
 * none yet. jqwik runs outside JUnit Jupiter, so this class starts its own embedded MariaDB (target/fuzz-mariadb).
 */
class ClientPacketFuzzTest {
    static EmbeddedMariaDb mariadb;
    static Database gameDb;
    static GameServer game;
    static List<Target> targets;
    static Map<Target, List<byte[]>> corpus;

    @BeforeContainer
    static void start() throws IOException {
        mariadb = EmbeddedMariaDb.start(Path.of("target", "fuzz-mariadb"), 0);
        gameDb = Database.open(
                mariadb.settings("fuzz" + ProcessHandle.current().pid(), 4), "classpath:db/game", GameServer.MAPPERS);
        Map<String, String> o = Map.of(
                "game.host", "127.0.0.1",
                "game.port", "0",
                "game.login.port", "1", // no login server: the tables are what is fuzzed here
                "game.datapack", TestData.datapackDir().toString(),
                "game.world.spawn-npcs", "false",
                "game.save-journal", "target/fuzz-save-journal");
        game = new GameServer(GameConfig.from(ConfigLoader.load(null, GameConfig.SPEC, Map.of(), o)), gameDb);
        game.start();
        targets = targets();
        corpus = new java.util.LinkedHashMap<>();
        for (Target t : targets) {
            corpus.put(t, corpus(t));
        }
    }

    @AfterContainer
    static void stop() {
        if (game != null) {
            game.close();
        }
        if (gameDb != null) {
            gameDb.close();
        }
        if (mariadb != null) {
            mariadb.close();
        }
    }

    /** One packet of one state's table. */
    record Target(ConnectionState state, int key, OpcodeTable.Entry<?> entry) {
        boolean extended() {
            return key > 0xFF;
        }

        byte[] header() {
            return extended()
                    ? new byte[] {(byte) OpcodeTable.EXTENDED, (byte) key, (byte) (key >> 8)}
                    : new byte[] {(byte) key};
        }

        @Override
        public String toString() {
            return state + " "
                    + (extended() ? String.format("D0:%04X", key & 0xFFFF) : String.format("0x%02X", key)) + " "
                    + entry.name();
        }
    }

    static List<Target> targets() {
        OpcodeTables tables = game.opcodeTables();
        List<Target> out = new ArrayList<>();
        for (ConnectionState s : ConnectionState.values()) {
            tables.state(s).entries().forEach((key, e) -> {
                if (e.handler() != null) { // ignored strays are consumed before any decoder
                    out.add(new Target(s, key, e));
                }
            });
        }
        return out;
    }

    @Example
    void theTablesOfAStartedServerAreWalked() {
        assertTrue(targets.size() > 30, "packets with a handler: " + targets.size());
        assertTrue(targets.stream().anyMatch(t -> t.state() == ConnectionState.CONNECTED));
        assertTrue(targets.stream().anyMatch(t -> t.state() == ConnectionState.IN_GAME && t.extended()));
    }

    /** A packet whose decoder accepts nothing we could find needs a hand-written sample (it is fuzzed anyway). */
    @Example
    void everyPacketHasASample() {
        List<String> missing = targets.stream()
                .filter(t -> corpus.get(t).isEmpty())
                .map(t -> t + " (add src/test/resources/fuzz/" + t.entry().name() + ".hex)")
                .toList();
        assertTrue(missing.isEmpty(), "no decodable sample: " + missing);
    }

    /** Every sample decodes, and every truncation of it is decoded or refused as malformed. */
    @Example
    void everyTruncationOfEverySample() {
        for (Target t : targets) {
            Harness h = new Harness(t);
            for (byte[] sample : corpus.get(t)) {
                assertEquals(Outcome.DECODED, h.check(sample), t + ": a corpus sample must decode");
                for (int len = t.header().length; len < sample.length; len++) {
                    h.check(java.util.Arrays.copyOf(sample, len));
                }
            }
        }
    }

    record Case(Target target, byte[] body) {
        @Override
        public String toString() {
            return target + ": " + hex(body);
        }
    }

    @Property(shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void anyBodyIsDecodedOrRefusedAsMalformedAndNoHandlerRunsOnMalformedInput(@ForAll("cases") Case c) {
        HARNESSES.computeIfAbsent(c.target(), Harness::new).check(c.body());
        CASES.incrementAndGet();
    }

    static final Map<Target, Harness> HARNESSES = new java.util.concurrent.ConcurrentHashMap<>();

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(targets).flatMap(t -> bodies(t, corpus.get(t)).map(b -> new Case(t, b)));
    }

    static final AtomicInteger CASES = new AtomicInteger();

    enum Outcome {
        DECODED,
        MALFORMED
    }

    /** The decoder alone, then the real dispatcher with a handler that records whether it ran. */
    static final class Harness {
        private final Target target;
        private final PacketDispatcher dispatcher;
        private final AtomicInteger handled = new AtomicInteger();
        private final NetworkStats stats = new NetworkStats();
        private GameClient client;

        Harness(Target target) {
            this.target = target;
            OpcodeTables tables = new OpcodeTables();
            register(tables.state(target.state()), target, target.entry());
            this.dispatcher = new PacketDispatcher(tables, stats, LogThrottle.perMinute());
        }

        private <P> void register(OpcodeTable table, Target t, OpcodeTable.Entry<P> e) {
            PacketHandler<P> recorder = (c, p) -> {
                assertNotNull(p, t + ": a decoder returned null");
                handled.incrementAndGet();
            };
            if (t.extended()) {
                table.onExtended(t.key() & 0xFFFF, e.name(), e.decoder(), recorder);
            } else {
                table.on(t.key(), e.name(), e.decoder(), recorder);
            }
        }

        Outcome check(byte[] body) {
            int off = target.header().length;
            Outcome expected;
            try {
                Object p = target.entry().decoder().read(new PacketReader(body, off, body.length - off));
                if (p == null) {
                    fail(target + ": decoder returned null for " + hex(body));
                }
                expected = Outcome.DECODED;
            } catch (MalformedPacketException e) {
                expected = Outcome.MALFORMED;
            } catch (Throwable e) {
                throw new AssertionError(
                        target + ": decoder threw " + e + " (only MalformedPacketException is allowed) for " + hex(body)
                                + "",
                        e);
            }
            if (client == null || !client.isConnected()) {
                client = newClient();
            }
            int before = handled.get();
            dispatcher.dispatch(client, body.clone());
            boolean ran = handled.get() != before;
            if (expected == Outcome.MALFORMED && ran) {
                fail(target + ": the handler ran on malformed input " + hex(body));
            }
            if (expected == Outcome.DECODED && !ran) {
                fail(target + ": the handler did not run on a body its decoder accepts " + hex(body));
            }
            return expected;
        }

        private GameClient newClient() {
            InstantSource clock = InstantSource.system();
            GameClient c = new GameClient(
                    new DummySession(),
                    Runnable::run,
                    new ViolationCounter(clock, Integer.MAX_VALUE, 60_000),
                    new PacketRateLimiter(clock, Integer.MAX_VALUE, Integer.MAX_VALUE),
                    stats);
            c.setState(target.state());
            assertTrue(c.isConnected(), "test client connected");
            return c;
        }
    }

    // ---- bodies

    /** Random payloads and mutations of the samples, each behind the packet's own opcode. */
    static Arbitrary<byte[]> bodies(Target t, List<byte[]> samples) {
        byte[] header = t.header();
        Arbitrary<Byte> biased = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just((byte) 0)),
                Tuple.of(2, Arbitraries.just((byte) 0xFF)),
                Tuple.of(1, Arbitraries.of((byte) 0x7F, (byte) 0x80, (byte) 0x01)),
                Tuple.of(8, Arbitraries.bytes()));
        Arbitrary<byte[]> random = biased.list().ofMaxSize(600).map(ClientPacketFuzzTest::toArray);
        List<byte[]> payloads = samples.stream()
                .map(s -> java.util.Arrays.copyOfRange(s, header.length, s.length))
                .toList();
        if (payloads.isEmpty()) {
            return random.map(p -> concat(header, p));
        }
        Arbitrary<byte[]> mutated = Combinators.combine(
                        Arbitraries.of(payloads), Arbitraries.integers().between(1, 4), Arbitraries.longs())
                .as(ClientPacketFuzzTest::mutate);
        return Arbitraries.frequencyOf(Tuple.of(1, random), Tuple.of(3, mutated))
                .map(p -> concat(header, p));
    }

    /** A few edits of a valid payload: flips, boundary values, truncation, insertion, removal, string breakers. */
    static byte[] mutate(byte[] payload, int edits, long seed) {
        Random r = new Random(seed);
        byte[] b = payload.clone();
        for (int i = 0; i < edits; i++) {
            b = edit(b, r);
        }
        return b;
    }

    static final int[] BOUNDARY_INTS = {0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, 0xFFFF, 0x10000, 255, 256};

    static byte[] edit(byte[] b, Random r) {
        int at = b.length == 0 ? 0 : r.nextInt(b.length);
        switch (r.nextInt(8)) {
            case 0 -> { // flip a bit
                if (b.length > 0) {
                    b[at] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case 1 -> { // a boundary int over four bytes
                int v = BOUNDARY_INTS[r.nextInt(BOUNDARY_INTS.length)];
                for (int k = 0; k < 4 && at + k < b.length; k++) {
                    b[at + k] = (byte) (v >> (8 * k));
                }
            }
            case 2 -> b = java.util.Arrays.copyOf(b, at); // truncate
            case 3 -> { // append random bytes
                byte[] tail = new byte[1 + r.nextInt(64)];
                r.nextBytes(tail);
                b = concat(b, tail);
            }
            case 4 -> { // remove a chunk
                int len = Math.min(b.length - at, 1 + r.nextInt(8));
                byte[] c = new byte[b.length - len];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(b, at + len, c, at, b.length - at - len);
                b = c;
            }
            case 5 -> { // break string terminators: no 00 00 left
                for (int k = 0; k + 1 < b.length; k += 2) {
                    if (b[k] == 0 && b[k + 1] == 0) {
                        b[k] = 'A';
                    }
                }
            }
            case 6 -> { // insert a chunk of boundary bytes
                byte[] ins = new byte[1 + r.nextInt(8)];
                java.util.Arrays.fill(ins, r.nextBoolean() ? (byte) 0xFF : 0);
                byte[] c = new byte[b.length + ins.length];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(ins, 0, c, at, ins.length);
                System.arraycopy(b, at, c, at + ins.length, b.length - at);
                b = c;
            }
            default -> { // duplicate the payload (packets glued together)
                b = concat(b, b);
            }
        }
        return b;
    }

    static byte[] toArray(List<Byte> l) {
        byte[] b = new byte[l.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = l.get(i);
        }
        return b;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    static String hex(byte[] b) {
        return HexFormat.ofDelimiter(" ").formatHex(b, 0, Math.min(b.length, 200)) + (b.length > 200 ? " ..." : "");
    }

    // ---- corpus

    /** The packet's valid samples; a packet without any gets a decodable body searched for (and written on request). */
    static List<byte[]> corpus(Target t) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (InputStream in = ClientPacketFuzzTest.class.getResourceAsStream(
                "/fuzz/" + t.entry().name() + ".hex")) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                    String l = line.strip();
                    if (!l.isEmpty() && !l.startsWith("#")) {
                        byte[] body = HexFormat.of().parseHex(l.replace(" ", ""));
                        if (java.util.Arrays.equals(java.util.Arrays.copyOf(body, t.header().length), t.header())) {
                            out.add(body);
                        }
                    }
                }
            }
        }
        if (out.isEmpty()) {
            byte[] found = searchDecodable(t);
            if (found == null) {
                return out;
            }
            out.add(found);
            String dir = System.getProperty("fuzz.write-corpus");
            if (dir != null) {
                Path f = Path.of(dir).resolve(t.entry().name() + ".hex");
                if (!Files.exists(f)) {
                    Files.writeString(
                            f,
                            "# " + t.entry().name() + ": opcode and body, hex (found by ClientPacketFuzzTest)\n"
                                    + HexFormat.of().formatHex(found) + "\n");
                }
            }
        }
        return out;
    }

    /** Zeros of growing length (empty strings, zero ints), then random bodies, until the decoder accepts one. */
    static byte[] searchDecodable(Target t) {
        for (int len = 0; len <= 256; len++) {
            byte[] body = concat(t.header(), new byte[len]);
            if (decodes(t, body)) {
                return body;
            }
        }
        for (int len = 0; len <= 256; len += 4) { // every int 1: counts of one, quantities of one
            byte[] p = new byte[len];
            for (int k = 0; k < len; k += 4) {
                p[k] = 1;
            }
            for (int tail = 0; tail <= 3; tail++) {
                byte[] body = concat(t.header(), java.util.Arrays.copyOf(p, len + tail));
                if (decodes(t, body)) {
                    return body;
                }
            }
        }
        Random r = new Random(1);
        for (int i = 0; i < 100_000; i++) {
            byte[] p = new byte[r.nextInt(128)];
            r.nextBytes(p);
            byte[] body = concat(t.header(), p);
            if (decodes(t, body)) {
                return body;
            }
        }
        return null; // reported by everyPacketHasASample; fuzzed with random bodies meanwhile
    }

    static boolean decodes(Target t, byte[] body) {
        int off = t.header().length;
        try {
            return t.entry().decoder().read(new PacketReader(body, off, body.length - off)) != null;
        } catch (MalformedPacketException e) {
            return false;
        } catch (RuntimeException e) {
            throw new AssertionError(t + ": decoder threw " + e + " for " + hex(body), e);
        }
    }

    @Example
    void theHarnessNoticesADecoderThatThrowsSomethingElse() {
        OpcodeTable.Entry<Object> broken = new OpcodeTable.Entry<>(
                "Broken",
                r -> {
                    if (r.remaining() > 0) {
                        throw new IllegalStateException("bug");
                    }
                    return new Object();
                },
                (c, p) -> {});
        Harness h = new Harness(new Target(ConnectionState.IN_GAME, 0x42, broken));
        assertEquals(Outcome.DECODED, h.check(new byte[] {0x42}));
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(
                AssertionError.class, () -> h.check(new byte[] {0x42, 1}));
        assertTrue(e.getMessage().contains("IllegalStateException"), e.getMessage());
        assertFalse(e.getMessage().isEmpty());
    }
}
