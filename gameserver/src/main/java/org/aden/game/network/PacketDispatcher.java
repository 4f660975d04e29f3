package org.aden.game.network;

import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.aden.common.crypto.GameCrypt;
import org.aden.common.log.LogThrottle;
import org.aden.common.net.MalformedPacketException;
import org.aden.common.net.PacketReader;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The guards every client packet passes before a handler sees it: rate limit, decryption, the opcode
 * table of the connection's current state, and a bounds-checked decode. Out-of-state, malformed and
 * over-rate packets are dropped and counted; too many of them close that connection. Known stray packets
 * are consumed silently; unknown opcodes are logged once each with a hex dump.
 */
public final class PacketDispatcher {
    private static final Logger LOG = LogManager.getLogger(PacketDispatcher.class);
    private static final long LOG_INTERVAL_MILLIS = 1000;

    private final OpcodeTables tables;
    private final NetworkStats stats;
    private final Set<String> loggedUnknown = ConcurrentHashMap.newKeySet();
    private final AtomicLong lastDropLog = new AtomicLong();

    private final LogThrottle perAddressLog;

    public PacketDispatcher(OpcodeTables tables, NetworkStats stats, LogThrottle perAddressLog) {
        this.tables = tables;
        this.stats = stats;
        this.perAddressLog = perAddressLog;
    }

    /** One framed body from the socket (still encrypted if the cipher is on). Runs on the I/O thread. */
    public void dispatch(GameClient client, byte[] body) {
        if (!client.isConnected()) {
            return; // closing: frames still buffered from the same read are not handled
        }
        stats.receivedBytes(body.length + 2);
        GameCrypt crypt = client.crypt();
        if (crypt != null) {
            crypt.decrypt(body); // every frame, even one dropped below: the rolling key must stay in step
        }
        if (!client.tryAcquirePacket()) {
            stats.rateLimited.increment();
            violation(client, "over the packet rate");
            return;
        }
        if (body.length == 0) {
            stats.malformed.increment();
            violation(client, "empty packet");
            return;
        }
        ConnectionState state = client.state();
        OpcodeTable table = tables.state(state);
        int opcode = body[0] & 0xFF;
        int sub = -1;
        int offset = 1;
        OpcodeTable.Entry<?> entry;
        if (opcode == OpcodeTable.EXTENDED) {
            if (body.length < 3) {
                stats.malformed.increment();
                violation(client, "extended packet without sub-opcode");
                return;
            }
            sub = (body[1] & 0xFF) | (body[2] & 0xFF) << 8;
            offset = 3;
            entry = table.findExtended(sub);
        } else {
            entry = table.find(opcode);
        }
        if (entry == null) {
            if (tables.knownElsewhere(state, opcode, sub)) {
                stats.outOfState.increment();
                violation(client, "opcode " + name(opcode, sub) + " not allowed in " + state);
            } else {
                stats.unknown.increment();
                if (loggedUnknown.add(state + "/" + name(opcode, sub))) {
                    LOG.warn(
                            "unknown client packet {} in {} from {}: {}",
                            name(opcode, sub),
                            state,
                            client,
                            HexFormat.ofDelimiter(" ").formatHex(body, 0, Math.min(body.length, 64)));
                }
                if (state == ConnectionState.CONNECTED || state == ConnectionState.AUTHED) {
                    // before authentication a real client sends only ProtocolVersion and AuthLogin; later an
                    // unknown opcode may be a real but unimplemented packet, so only the rate limit applies
                    violation(client, "unknown opcode " + name(opcode, sub) + " before login");
                }
            }
            return;
        }
        if (entry.handler() == null) {
            stats.ignoredStray.increment();
            return;
        }
        Object packet;
        try {
            PacketReader reader = new PacketReader(body, offset, body.length - offset);
            packet = entry.decoder().read(reader);
        } catch (MalformedPacketException e) {
            stats.malformed.increment();
            if (state == ConnectionState.CONNECTED || state == ConnectionState.AUTHED) {
                // a real client's first two packets are never malformed: no second try before login
                closeForAbuse(client, entry.name() + " malformed before login: " + e.getMessage());
                return;
            }
            violation(client, entry.name() + " malformed: " + e.getMessage());
            return;
        }
        stats.handled.increment();
        stats.received(entry.name());
        try {
            entry.dispatch(client, packet);
        } catch (RuntimeException e) {
            LOG.error("handler of {} failed for {}", entry.name(), client, e);
        }
    }

    private void violation(GameClient client, String what) {
        if (client.recordViolation()) {
            closeForAbuse(client, what + "; too many bad packets");
            return;
        }
        long now = System.currentTimeMillis();
        long last = lastDropLog.get();
        if (now - last >= LOG_INTERVAL_MILLIS && lastDropLog.compareAndSet(last, now)) {
            LOG.info("dropped packet from {}: {}", client, what);
        }
    }

    /** Closes the connection; the line is written once a minute per address, whatever the number of sockets. */
    private void closeForAbuse(GameClient client, String what) {
        stats.closedForAbuse.increment();
        long more = perAddressLog.admit("abuse " + client.addressText());
        if (more >= 0) {
            LOG.info("closing {}: {}{} (logged once a minute per address)", client, what, LogThrottle.more(more));
        }
        client.close();
    }

    private static String name(int opcode, int sub) {
        return sub < 0 ? String.format("0x%02X", opcode) : String.format("0x%02X:%04X", opcode, sub);
    }
}
