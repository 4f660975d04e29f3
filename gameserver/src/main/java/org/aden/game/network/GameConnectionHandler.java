package org.aden.game.network;

import java.io.IOException;
import java.net.InetAddress;
import java.time.InstantSource;
import java.util.concurrent.Executor;
import org.aden.common.log.LogThrottle;
import org.aden.common.net.ConnectionGate;
import org.aden.common.net.HandshakeDeadline;
import org.aden.common.net.MalformedPacketException;
import org.aden.common.net.RemoteAddress;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.mina.core.service.IoHandlerAdapter;
import org.apache.mina.core.session.IdleStatus;
import org.apache.mina.core.session.IoSession;

/** MINA's view of the game port: creates a {@link GameClient} per socket and feeds frames to the dispatcher. */
final class GameConnectionHandler extends IoHandlerAdapter {
    private static final Logger LOG = LogManager.getLogger(GameConnectionHandler.class);
    private static final String CLIENT = "aden.client";
    private static final String TICKET = "aden.game.ticket";
    private static final String PAST_LOGIN = "aden.game.past-login";
    private static final long SWEEP_EVERY_MS = 5000;

    private final NetworkSettings settings;
    private final PacketDispatcher dispatcher;
    private final ConnectionListener listener;
    private final Executor taskExecutor;
    private final InstantSource clock;
    private final NetworkStats stats;
    private final ConnectionGate<IoSession> gate;
    private volatile long lastSweep;
    private static final String DEADLINE = "aden.game.deadline";
    private final LogThrottle perAddressLog;
    private final HandshakeDeadline authDeadlines;
    private final HandshakeDeadline worldDeadlines;

    GameConnectionHandler(
            NetworkSettings settings,
            PacketDispatcher dispatcher,
            ConnectionListener listener,
            Executor taskExecutor,
            InstantSource clock,
            NetworkStats stats,
            LogThrottle perAddressLog,
            HandshakeDeadline authDeadlines,
            HandshakeDeadline worldDeadlines) {
        this.perAddressLog = perAddressLog;
        this.authDeadlines = authDeadlines;
        this.worldDeadlines = worldDeadlines;
        this.settings = settings;
        this.dispatcher = dispatcher;
        this.listener = listener;
        this.taskExecutor = taskExecutor;
        this.clock = clock;
        this.stats = stats;
        this.gate = new ConnectionGate<>(settings.admission(), clock);
    }

    @Override
    public void sessionCreated(IoSession session) {
        // MINA forgets the address once the socket is closed; every log line needs it
        InetAddress address = RemoteAddress.remember(session);
        if (address == null) {
            session.closeNow(); // reset before we could read its address
            return;
        }
        sweepNowAndThen();
        ConnectionGate.Decision<IoSession> d = gate.tryAdmit(address, session);
        if (!d.admitted() || d.full()) {
            gate.release(d.ticket());
            stats.refusedConnections.increment();
            logPerAddress(
                    address.getHostAddress(),
                    "refused",
                    "refusing game connections from {}: {}",
                    d.full() ? "the server holds game.net.max-connections" : d.refusal());
            session.closeNow();
            return;
        }
        session.setAttribute(TICKET, d.ticket());
        if (d.displaced() != null) {
            logPerAddress(
                    RemoteAddress.text(d.displaced()),
                    "displaced",
                    "game server full: closed an unfinished login from {} to admit {} from a less crowded network",
                    address.getHostAddress());
            d.displaced().closeNow();
        }
    }

    private void sweepNowAndThen() {
        long now = clock.millis();
        if (now - lastSweep >= SWEEP_EVERY_MS) {
            lastSweep = now;
            gate.sweep();
        }
    }

    @SuppressWarnings("unchecked")
    private static ConnectionGate.Ticket<IoSession> ticket(IoSession session) {
        return (ConnectionGate.Ticket<IoSession>) session.getAttribute(TICKET);
    }

    @Override
    public void sessionOpened(IoSession session) {
        if (ticket(session) == null || session.isClosing()) {
            return; // refused, or displaced before it opened
        }
        GameClient client = new GameClient(
                session,
                taskExecutor,
                new ViolationCounter(
                        clock,
                        settings.violationLimit(),
                        settings.violationWindow().toMillis()),
                new PacketRateLimiter(clock, settings.packetBurst(), settings.packetsPerSecond()),
                stats);
        session.setAttribute(CLIENT, client);
        session.getConfig().setIdleTime(IdleStatus.READER_IDLE, (int)
                Math.max(1, settings.loginTimeout().toSeconds()));
        session.setAttribute(DEADLINE, authDeadlines.start(() -> authDeadlineExpired(session, client)));
        listener.connected(client);
    }

    /** Not authenticated in time: closed; authenticated: the second deadline, until EnterWorld, starts. */
    private void authDeadlineExpired(IoSession session, GameClient client) {
        ConnectionState s = client.state();
        if (s == ConnectionState.CONNECTED || s == ConnectionState.AUTHED) {
            deadlineClose(session, client, "authenticated", settings.handshakeTimeout());
            return;
        }
        if (s == ConnectionState.IN_LOBBY) {
            session.setAttribute(DEADLINE, worldDeadlines.start(() -> {
                if (client.state() == ConnectionState.IN_LOBBY) {
                    deadlineClose(session, client, "in the world", settings.lobbyTimeout());
                }
            }));
        }
    }

    private void deadlineClose(IoSession session, GameClient client, String what, java.time.Duration after) {
        stats.handshakeTimeouts.increment();
        logPerAddress(
                client.addressText(),
                "deadline",
                "closing game connection(s) from {}: not {} within {} s of connecting",
                what,
                after.toSeconds());
        session.closeNow();
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

    @Override
    public void messageReceived(IoSession session, Object message) {
        GameClient client = (GameClient) session.getAttribute(CLIENT);
        if (client != null) {
            dispatcher.dispatch(client, (byte[]) message);
            if (session.getAttribute(PAST_LOGIN) == null
                    && client.state() != ConnectionState.CONNECTED
                    && client.state() != ConnectionState.AUTHED) {
                session.setAttribute(PAST_LOGIN, Boolean.TRUE);
                gate.handshakeDone(ticket(session)); // logged in: never displaced to make room
            }
        }
    }

    @Override
    public void sessionIdle(IoSession session, IdleStatus status) {
        GameClient client = (GameClient) session.getAttribute(CLIENT);
        // players may stand still in game for hours; only connections that never reached the lobby time out
        if (client != null
                && (client.state() == ConnectionState.CONNECTED || client.state() == ConnectionState.AUTHED)) {
            LOG.info("closing {}: silent before login", client);
            session.closeNow();
        }
    }

    @Override
    public void sessionClosed(IoSession session) {
        if (session.getAttribute(DEADLINE) instanceof HandshakeDeadline.Deadline d) {
            d.cancel();
        }
        gate.release(ticket(session));
        GameClient client = (GameClient) session.removeAttribute(CLIENT);
        if (client != null) {
            listener.disconnected(client);
        }
    }

    @Override
    public void exceptionCaught(IoSession session, Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // name the connection the way every other line does (client#N[account]@address)
        Object who = session.getAttribute(CLIENT) != null
                ? session.getAttribute(CLIENT)
                : "session " + session.getId() + "@" + RemoteAddress.text(session);
        if (root instanceof IOException) {
            LOG.debug("{}: I/O error: {}", who, root.getMessage());
        } else if (root instanceof MalformedPacketException) {
            stats.malformed.increment();
            stats.closedForAbuse.increment();
            logPerAddress(
                    RemoteAddress.text(session), "bad-frame", "bad frame from {}, closing: {}", root.getMessage());
        } else {
            LOG.error("{}: unexpected error, closing the connection", who, cause);
        }
        session.closeNow();
    }
}
