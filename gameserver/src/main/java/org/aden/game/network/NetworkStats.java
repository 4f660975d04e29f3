package org.aden.game.network;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Server-wide counters of what the packet guards did; read by tests, metrics and the admin console. */
public final class NetworkStats {
    final LongAdder handled = new LongAdder();
    final LongAdder ignoredStray = new LongAdder();
    final LongAdder outOfState = new LongAdder();
    final LongAdder malformed = new LongAdder();
    final LongAdder unknown = new LongAdder();
    final LongAdder rateLimited = new LongAdder();
    final LongAdder closedForAbuse = new LongAdder();
    final LongAdder refusedConnections = new LongAdder();
    final LongAdder handshakeTimeouts = new LongAdder();
    final LongAdder bytesIn = new LongAdder();
    final LongAdder bytesOut = new LongAdder();
    private final Map<String, LongAdder> packetsIn = new ConcurrentHashMap<>();
    /** Sent packets by opcode: index = opcode, 256 + sub-opcode for extended (0xFE) packets below 0x100. */
    private final ConcurrentHashMap<Integer, LongAdder> packetsOut = new ConcurrentHashMap<>();

    /** A client packet that passed the guards, by its name in the opcode table. */
    void received(String name) {
        packetsIn.computeIfAbsent(name, k -> new LongAdder()).increment();
    }

    /** A frame from a client (2-byte length + body). */
    void receivedBytes(int frameBytes) {
        bytesIn.add(frameBytes);
    }

    /** One server packet, from its plain body (opcode first). */
    void sent(byte[] body) {
        if (body.length == 0) {
            return;
        }
        int opcode = body[0] & 0xFF;
        int key = opcode;
        if (opcode == 0xFE && body.length >= 3) {
            key = 0x10000 | (body[1] & 0xFF) | (body[2] & 0xFF) << 8;
        }
        packetsOut.computeIfAbsent(key, k -> new LongAdder()).increment();
        bytesOut.add(body.length + 2L);
    }

    /** Handled client packets by name, in name order. */
    public Map<String, Long> packetsIn() {
        Map<String, Long> out = new TreeMap<>();
        packetsIn.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /**
     * Sent server packets by opcode: keys below 0x100 are plain opcodes, {@code 0x10000 | sub} are extended (0xFE)
     * packets with that sub-opcode.
     */
    public Map<Integer, Long> packetsOut() {
        Map<Integer, Long> out = new TreeMap<>();
        packetsOut.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public long bytesIn() {
        return bytesIn.sum();
    }

    public long bytesOut() {
        return bytesOut.sum();
    }

    /** Connections closed because they were not authenticated, or not in the world, within their deadline. */
    public long handshakeTimeouts() {
        return handshakeTimeouts.sum();
    }

    public long handled() {
        return handled.sum();
    }

    public long ignoredStray() {
        return ignoredStray.sum();
    }

    public long outOfState() {
        return outOfState.sum();
    }

    public long malformed() {
        return malformed.sum();
    }

    public long unknown() {
        return unknown.sum();
    }

    public long rateLimited() {
        return rateLimited.sum();
    }

    public long closedForAbuse() {
        return closedForAbuse.sum();
    }

    public long refusedConnections() {
        return refusedConnections.sum();
    }

    @Override
    public String toString() {
        return "handled=" + handled() + " stray=" + ignoredStray() + " outOfState=" + outOfState() + " malformed="
                + malformed() + " unknown=" + unknown() + " rateLimited=" + rateLimited() + " closedForAbuse="
                + closedForAbuse() + " refusedConnections=" + refusedConnections()
                + " handshakeTimeouts=" + handshakeTimeouts();
    }
}
