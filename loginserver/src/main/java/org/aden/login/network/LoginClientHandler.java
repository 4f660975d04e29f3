package org.aden.login.network;

import java.net.InetSocketAddress;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.aden.common.crypto.RsaKeyPool;
import org.aden.common.net.MalformedPacketException;
import org.aden.common.net.PacketReader;
import org.aden.login.network.client.RequestAuthLogin;
import org.aden.login.network.client.RequestGGAuth;
import org.aden.login.network.client.RequestServerList;
import org.aden.login.network.client.RequestServerLogin;
import org.aden.login.protection.ConnectionLimiter;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
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
    private static final String ADMITTED = "aden.login.admitted";

    private final Map<LoginState, Map<Integer, PacketRoute<?>>> tables = new EnumMap<>(LoginState.class);
    private final LoginFlow flow;
    private final RsaKeyPool rsaKeys;
    private final RandomGenerator random;
    private final ConnectionLimiter limiter;
    private final int maxBadPackets;
    private final Set<Integer> unknownOpcodesLogged = ConcurrentHashMap.newKeySet();
    private final AtomicLong droppedPackets = new AtomicLong();

    public LoginClientHandler(
            LoginFlow flow, RsaKeyPool rsaKeys, RandomGenerator random, ConnectionLimiter limiter, int maxBadPackets) {
        this.flow = flow;
        this.rsaKeys = rsaKeys;
        this.random = random;
        this.limiter = limiter;
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

    private static String ip(IoSession s) {
        return ((InetSocketAddress) s.getRemoteAddress()).getAddress().getHostAddress();
    }

    @Override
    public void sessionOpened(IoSession session) {
        if (!limiter.tryAcquire(ip(session))) {
            session.closeNow();
            return;
        }
        session.setAttribute(ADMITTED, Boolean.TRUE);
        byte[] key = new byte[16];
        random.nextBytes(key);
        LoginConnection c = new LoginConnection(session, key, rsaKeys.next(), random.nextInt());
        session.setAttribute(CONNECTION, c);
        flow.opened(c);
        c.sendInit(key, random.nextInt());
    }

    @Override
    public void messageReceived(IoSession session, Object message) {
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
            LOG.info("{}: closing after {} bad packets (last: {})", c, maxBadPackets, why);
            c.closeNow();
        } else if (dumpOnce == null) {
            LOG.debug("{}: dropped packet: {}", c, why);
        }
    }

    @Override
    public void sessionIdle(IoSession session, IdleStatus status) {
        LoginConnection c = (LoginConnection) session.getAttribute(CONNECTION);
        LOG.debug("{}: idle, closing", c);
        session.closeNow();
    }

    @Override
    public void exceptionCaught(IoSession session, Throwable cause) {
        LoginConnection c = (LoginConnection) session.getAttribute(CONNECTION);
        if (cause instanceof ProtocolDecoderException || cause instanceof MalformedPacketException) {
            droppedPackets.incrementAndGet();
            // MINA's decoder exception message is the cause's class name plus a hex dump of the whole buffer
            Throwable root = cause;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            LOG.info("{}: bad frame, closing: {}", c, root.getMessage());
        } else if (cause instanceof java.io.IOException) {
            LOG.debug("{}: I/O error: {}", c, cause.getMessage());
        } else {
            LOG.error("{}: unexpected error, closing the connection", c, cause);
        }
        session.closeNow();
    }

    @Override
    public void sessionClosed(IoSession session) {
        if (session.getAttribute(ADMITTED) != null) {
            limiter.release(ip(session));
        }
        LoginConnection c = (LoginConnection) session.getAttribute(CONNECTION);
        if (c != null) {
            flow.closed(c);
        }
    }
}
