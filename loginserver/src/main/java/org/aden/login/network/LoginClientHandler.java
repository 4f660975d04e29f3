package org.aden.login.network;

import java.net.InetAddress;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.aden.common.crypto.RsaKeyPool;
import org.aden.common.log.LogThrottle;
import org.aden.common.net.ConnectionGate;
import org.aden.common.net.HandshakeDeadline;
import org.aden.common.net.MalformedPacketException;
import org.aden.common.net.PacketReader;
import org.aden.common.net.RemoteAddress;
import org.aden.login.network.client.RequestAuthLogin;
import org.aden.login.network.client.RequestGGAuth;
import org.aden.login.network.client.RequestServerList;
import org.aden.login.network.client.RequestServerLogin;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.mina.core.filterchain.IoFilter;
import org.apache.mina.core.filterchain.IoFilterAdapter;
import org.apache.mina.core.service.IoHandlerAdapter;
import org.apache.mina.core.session.IdleStatus;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.filter.codec.ProtocolDecoderException;

/**
 * MINA handler of the client port: sends Init on connect, decrypts each frame, looks its opcode up in the table of
 * the connection's state and dispatches the decoded record to {@link LoginFlow}. Packets that do not decrypt, fail
 * their checksum, do not parse, or are not allowed in the current state are dropped and counted; a connection that
 * reaches the limit is closed. The server itself is never affected.
 */
public final class LoginClientHandler extends IoHandlerAdapter {
    private static final Logger LOG = LogManager.getLogger(LoginClientHandler.class);
    private static final String CONNECTION = "aden.login.connection";
    private static final String TICKET = "aden.login.ticket";
    private static final String OVER_CAPACITY = "aden.login.over-capacity";
    private static final String DEADLINE = "aden.login.deadline";
    private static final String ARRIVED = "aden.login.frames-waiting";

    private final Map<LoginState, Map<Integer, PacketRoute<?>>> tables = new EnumMap<>(LoginState.class);
    private final LoginFlow flow;
    private final RsaKeyPool rsaKeys;
    private final RandomGenerator random;
    private final ConnectionGate<IoSession> gate;
    private final HandshakeDeadline deadlines;
    private final int maxBadPackets;
    private final Set<Integer> unknownOpcodesLogged = ConcurrentHashMap.newKeySet();
    private final AtomicLong droppedPackets = new AtomicLong();
    private final AtomicLong refusedConnections = new AtomicLong();
    private final AtomicLong handshakeTimeouts = new AtomicLong();
    private final AtomicLong displacedConnections = new AtomicLong();
    /** Lines a remote peer can cause at will: at most one a minute per address (and kind). */
    private final LogThrottle perAddressLog = LogThrottle.perMinute();

    public LoginClientHandler(
            LoginFlow flow,
            RsaKeyPool rsaKeys,
            RandomGenerator random,
            ConnectionGate<IoSession> gate,
            HandshakeDeadline deadlines,
            int maxBadPackets) {
        this.flow = flow;
        this.rsaKeys = rsaKeys;
        this.random = random;
        this.gate = gate;
        this.deadlines = deadlines;
        this.maxBadPackets = maxBadPackets;
        for (LoginState s : LoginState.values()) {
            tables.put(s, Map.of());
        }
        tables.put(
                LoginState.CONNECTED,
                Map.of(0x07, new PacketRoute<>("RequestGGAuth", RequestGGAuth::read, flow::onGGAuth)));
        tables.put(
                LoginState.AUTHED_GG,
                Map.of(0x00, new PacketRoute<>("RequestAuthLogin", RequestAuthLogin::read, flow::onAuthLogin)));
        tables.put(
                LoginState.AUTHED_LOGIN,
                Map.of(
                        0x05, new PacketRoute<>("RequestServerList", RequestServerList::read, flow::onServerList),
                        0x02, new PacketRoute<>("RequestServerLogin", RequestServerLogin::read, flow::onServerLogin),
                        // known to REF without a handler: accepted and ignored, not counted as bad
                        0x0E, new PacketRoute<>("RequestPIAgreementCheck", r -> r, (c, r) -> {}),
                        0x0F, new PacketRoute<>("RequestPIAgreement", r -> r, (c, r) -> {})));
    }

    /** Packets dropped since start (malformed, bad checksum, unknown or out of state). */
    public long droppedPackets() {
        return droppedPackets.get();
    }

    /** Connections refused at once by the per-address / per-subnet limits since start. */
    public long refusedConnections() {
        return refusedConnections.get();
    }

    /** Connections closed because they had not sent their login within the handshake deadline. */
    public long handshakeTimeouts() {
        return handshakeTimeouts.get();
    }

    /** Unfinished logins closed to make room for a newcomer from a less crowded network (server full). */
    public long displacedConnections() {
        return displacedConnections.get();
    }

    /**
     * Sits before the worker pool: counts frames that arrived but wait for a worker, so a client that sent its
     * login in time is not cut by the deadline while the server (busy hashing passwords) has not read it yet.
     */
    public IoFilter arrivals() {
        return new IoFilterAdapter() {
            @Override
            public void messageReceived(NextFilter next, IoSession session, Object message) throws Exception {
                waiting(session).incrementAndGet();
                next.messageReceived(session, message);
            }
        };
    }

    private static AtomicInteger waiting(IoSession session) {
        AtomicInteger n = (AtomicInteger) session.getAttribute(ARRIVED);
        if (n == null) {
            AtomicInteger fresh = new AtomicInteger();
            n = (AtomicInteger) session.setAttributeIfAbsent(ARRIVED, fresh);
            if (n == null) {
                n = fresh;
            }
        }
        return n;
    }

    /** On the I/O thread, before anything is queued: admission by address and subnet, and the deadline. */
    @Override
    public void sessionCreated(IoSession session) {
        InetAddress address = RemoteAddress.remember(session);
        if (address == null) {
            session.closeNow(); // reset before we could even read its address
            return;
        }
        ConnectionGate.Decision<IoSession> d = gate.tryAdmit(address, session);
        if (!d.admitted()) {
            refusedConnections.incrementAndGet();
            logPerAddress(address.getHostAddress(), "refused", "refusing connections from {}: {}", d.refusal());
            session.closeNow();
            return;
        }
        session.setAttribute(TICKET, d.ticket());
        if (d.full()) {
            session.setAttribute(OVER_CAPACITY, Boolean.TRUE);
        }
        if (d.displaced() != null) {
            displacedConnections.incrementAndGet();
            IoSession victim = d.displaced();
            logPerAddress(
                    "displaced",
                    "displaced",
                    "server full: closed an unfinished login from {} to admit {} from a less crowded network",
                    RemoteAddress.text(victim),
                    address.getHostAddress());
            victim.closeNow();
        }
        session.setAttribute(DEADLINE, deadlines.start(() -> deadlineExpired(session)));
    }

    private void deadlineExpired(IoSession session) {
        if (waiting(session).get() > 0) {
            // its packets are here, waiting for a worker: the delay is ours, not the client's
            session.setAttribute(DEADLINE, deadlines.start(() -> deadlineExpired(session)));
            return;
        }
        LoginConnection c = (LoginConnection) session.getAttribute(CONNECTION);
        if (c != null && (c.state() == LoginState.AUTHED_LOGIN || c.state() == LoginState.DONE)) {
            return;
        }
        handshakeTimeouts.incrementAndGet();
        logPerAddress(
                RemoteAddress.text(session),
                "deadline",
                "closing connection(s) from {}: no login within {} s of connecting",
                deadlines.timeout().toSeconds());
        session.closeNow();
    }

    @SuppressWarnings("unchecked")
    private static ConnectionGate.Ticket<IoSession> ticket(IoSession session) {
        return (ConnectionGate.Ticket<IoSession>) session.getAttribute(TICKET);
    }

    @Override
    public void sessionOpened(IoSession session) {
        if (ticket(session) == null || session.isClosing()) {
            return; // refused or displaced before a worker got to it
        }
        byte[] key = new byte[16];
        random.nextBytes(key);
        LoginConnection c = new LoginConnection(session, key, rsaKeys.next(), random.nextInt());
        if (session.getAttribute(OVER_CAPACITY) != null) {
            c.markOverCapacity();
        }
        session.setAttribute(CONNECTION, c);
        flow.opened(c);
        c.sendInit(key, random.nextInt());
    }

    @Override
    public void messageReceived(IoSession session, Object message) {
        try {
            handle(session, message);
        } finally {
            waiting(session).decrementAndGet();
        }
    }

    private void handle(IoSession session, Object message) {
        LoginConnection c = (LoginConnection) session.getAttribute(CONNECTION);
        if (c == null || c.state() == LoginState.DONE) {
            return;
        }
        byte[] body;
        try {
            body = c.decrypt((byte[]) message);
        } catch (MalformedPacketException e) {
            badPacket(c, e.getMessage(), null);
            return;
        }
        int opcode = body[0] & 0xFF;
        PacketRoute<?> route = tables.get(c.state()).get(opcode);
        if (route == null) {
            badPacket(
                    c,
                    String.format("opcode 0x%02X not allowed in state %s", opcode, c.state()),
                    unknownOpcode(opcode) ? body : null);
            return;
        }
        PacketReader r = new PacketReader(body, 1, body.length - 1);
        try {
            route.dispatch(c, r);
        } catch (MalformedPacketException e) {
            badPacket(c, route.name() + ": " + e.getMessage(), null);
        }
        if (c.state() == LoginState.AUTHED_LOGIN) {
            handshakeDone(session);
        }
    }

    /** Logged in: no deadline any more, and never displaced to make room. */
    private void handshakeDone(IoSession session) {
        HandshakeDeadline.Deadline d = (HandshakeDeadline.Deadline) session.getAttribute(DEADLINE);
        if (d != null) {
            d.done();
        }
        ConnectionGate.Ticket<IoSession> t = ticket(session);
        if (t != null) {
            gate.handshakeDone(t);
        }
    }

    /** One line per address and kind a minute; the next line says how many were left out. */
    private void logPerAddress(String address, String kind, String format, Object... args) {
        long more = perAddressLog.admit(kind + " " + address);
        if (more >= 0) {
            Object[] all = new Object[args.length + 1];
            all[0] = address;
            System.arraycopy(args, 0, all, 1, args.length);
            LOG.info(format + LogThrottle.more(more) + " (logged once a minute per address)", all);
        }
    }

    /** True the first time an opcode that no state knows is seen, so its dump is logged once. */
    private boolean unknownOpcode(int opcode) {
        boolean known = tables.values().stream().anyMatch(t -> t.containsKey(opcode));
        return !known && unknownOpcodesLogged.add(opcode);
    }

    private void badPacket(LoginConnection c, String why, byte[] dumpOnce) {
        droppedPackets.incrementAndGet();
        if (dumpOnce != null) {
            LOG.warn(
                    "{}: unknown login opcode, dropped: {} [{}]",
                    c,
                    why,
                    HexFormat.ofDelimiter(" ").formatHex(dumpOnce));
        }
        if (c.countBadPacket(maxBadPackets)) {
            logPerAddress(
                    c.ip(),
                    "bad-packets",
                    "closing a connection from {} after {} bad packets (last: {})",
                    maxBadPackets,
                    why);
            c.closeNow();
        } else if (dumpOnce == null) {
            LOG.debug("{}: dropped packet: {}", c, why);
        }
    }

    @Override
    public void sessionIdle(IoSession session, IdleStatus status) {
        LOG.debug("{}: idle, closing", who(session));
        session.closeNow();
    }

    /** The connection as every line names it; never "null", even for a refused or reset socket. */
    private static String who(IoSession session) {
        Object c = session.getAttribute(CONNECTION);
        return c != null ? c.toString() : RemoteAddress.text(session);
    }

    @Override
    public void exceptionCaught(IoSession session, Throwable cause) {
        if (cause instanceof ProtocolDecoderException || cause instanceof MalformedPacketException) {
            droppedPackets.incrementAndGet();
            // MINA's decoder exception message is the cause's class name plus a hex dump of the whole buffer
            Throwable root = cause;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            logPerAddress(
                    RemoteAddress.text(session), "bad-frame", "bad frame from {}, closing: {}", root.getMessage());
        } else if (cause instanceof java.io.IOException) {
            LOG.debug("{}: I/O error: {}", who(session), cause.getMessage());
        } else {
            LOG.error("{}: unexpected error, closing the connection", who(session), cause);
        }
        session.closeNow();
    }

    @Override
    public void sessionClosed(IoSession session) {
        HandshakeDeadline.Deadline d = (HandshakeDeadline.Deadline) session.getAttribute(DEADLINE);
        if (d != null) {
            d.cancel();
        }
        gate.release(ticket(session));
        LoginConnection c = (LoginConnection) session.getAttribute(CONNECTION);
        if (c != null) {
            flow.closed(c);
        }
    }
}
