package org.aden.game.network;

import java.io.IOException;
import java.net.InetAddress;
import java.time.InstantSource;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.aden.common.net.MalformedPacketException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.mina.core.service.IoHandlerAdapter;
import org.apache.mina.core.session.IdleStatus;
import org.apache.mina.core.session.IoSession;

/** MINA's view of the game port: creates a {@link GameClient} per socket and feeds frames to the dispatcher. */
final class GameConnectionHandler extends IoHandlerAdapter {
    private static final Logger LOG = LogManager.getLogger(GameConnectionHandler.class);
    private static final String CLIENT = "aden.client";

    private final NetworkSettings settings;
    private final PacketDispatcher dispatcher;
    private final ConnectionListener listener;
    private final Executor taskExecutor;
    private final InstantSource clock;
    private final NetworkStats stats;
    private final ConnectionLimiter limiter;
    private static final long REFUSAL_LOG_INTERVAL_MS = 60_000;
    private final AtomicLong lastRefusalLog = new AtomicLong(Long.MIN_VALUE / 2);
    private final AtomicInteger refusedSinceLog = new AtomicInteger();

    GameConnectionHandler(
            NetworkSettings settings,
            PacketDispatcher dispatcher,
            ConnectionListener listener,
            Executor taskExecutor,
            InstantSource clock,
            NetworkStats stats) {
        this.settings = settings;
        this.dispatcher = dispatcher;
        this.listener = listener;
        this.taskExecutor = taskExecutor;
        this.clock = clock;
        this.stats = stats;
        this.limiter = new ConnectionLimiter(settings.maxConnectionsPerIp());
    }

    @Override
    public void sessionOpened(IoSession session) {
        GameClient client = new GameClient(
                session,
                taskExecutor,
                new ViolationCounter(
                        clock,
                        settings.violationLimit(),
                        settings.violationWindow().toMillis()),
                new PacketRateLimiter(clock, settings.packetBurst(), settings.packetsPerSecond()),
                stats);
        InetAddress address = client.address();
        if (address != null && !limiter.tryAcquire(address)) {
            stats.refusedConnections.increment();
            logRefusal(address);
            session.closeNow();
            return;
        }
        session.setAttribute(CLIENT, client);
        session.getConfig().setIdleTime(IdleStatus.READER_IDLE, (int)
                Math.max(1, settings.loginTimeout().toSeconds()));
        listener.connected(client);
    }

    /** A connection flood would otherwise write one line per refused socket: at most one line a minute. */
    private void logRefusal(InetAddress address) {
        long now = clock.millis();
        refusedSinceLog.incrementAndGet();
        long last = lastRefusalLog.get();
        if (now - last >= REFUSAL_LOG_INTERVAL_MS && lastRefusalLog.compareAndSet(last, now)) {
            LOG.info(
                    "refused {} connection(s), latest from {}: more than {} open from one address (logged at most "
                            + "once a minute)",
                    refusedSinceLog.getAndSet(0),
                    address,
                    settings.maxConnectionsPerIp());
        }
    }

    @Override
    public void messageReceived(IoSession session, Object message) {
        GameClient client = (GameClient) session.getAttribute(CLIENT);
        if (client != null) {
            dispatcher.dispatch(client, (byte[]) message);
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
        GameClient client = (GameClient) session.removeAttribute(CLIENT);
        if (client == null) {
            return;
        }
        InetAddress address = client.address();
        if (address != null) {
            limiter.release(address);
        }
        listener.disconnected(client);
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
                : "session " + session.getId() + "@" + session.getRemoteAddress();
        if (root instanceof IOException) {
            LOG.debug("{}: I/O error: {}", who, root.getMessage());
        } else if (root instanceof MalformedPacketException) {
            stats.malformed.increment();
            stats.closedForAbuse.increment();
            LOG.info("{}: bad frame, closing: {}", who, root.getMessage());
        } else {
            LOG.error("{}: unexpected error, closing the connection", who, cause);
        }
        session.closeNow();
    }
}
