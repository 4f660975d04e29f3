package org.aden.game.network;

import java.io.IOException;
import java.net.InetAddress;
import java.time.InstantSource;
import java.util.concurrent.Executor;
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

    GameConnectionHandler(NetworkSettings settings, PacketDispatcher dispatcher, ConnectionListener listener,
            Executor taskExecutor, InstantSource clock, NetworkStats stats) {
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
        GameClient client = new GameClient(session, taskExecutor,
                new ViolationCounter(clock, settings.violationLimit(), settings.violationWindow().toMillis()),
                new PacketRateLimiter(clock, settings.packetBurst(), settings.packetsPerSecond()));
        InetAddress address = client.address();
        if (address != null && !limiter.tryAcquire(address)) {
            stats.refusedConnections.increment();
            LOG.info("refused connection from {}: too many open from that address", address);
            session.closeNow();
            return;
        }
        session.setAttribute(CLIENT, client);
        session.getConfig().setIdleTime(IdleStatus.READER_IDLE, (int) Math.max(1, settings.loginTimeout().toSeconds()));
        listener.connected(client);
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
        if (client != null && (client.state() == ConnectionState.CONNECTED || client.state() == ConnectionState.AUTHED)) {
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
        if (root instanceof IOException) {
            LOG.debug("I/O error on session {}: {}", session.getId(), root.getMessage());
        } else if (root instanceof MalformedPacketException) {
            stats.malformed.increment();
            stats.closedForAbuse.increment();
            LOG.info("closing session {}: {}", session.getId(), root.getMessage());
        } else {
            LOG.error("unexpected error on session {}", session.getId(), cause);
        }
        session.closeNow();
    }
}
