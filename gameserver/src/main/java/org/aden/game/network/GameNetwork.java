package org.aden.game.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.Executor;
import org.aden.common.log.LogThrottle;
import org.aden.common.net.FrameCodecFactory;
import org.aden.common.net.HandshakeDeadline;
import org.apache.mina.filter.codec.ProtocolCodecFilter;
import org.apache.mina.transport.socket.nio.NioSocketAcceptor;

/**
 * The game port: MINA acceptor → length framing → {@link PacketDispatcher}. MINA's I/O threads only frame,
 * decrypt, decode and dispatch; handlers move any real work elsewhere.
 */
public final class GameNetwork implements AutoCloseable {
    private final NetworkSettings settings;
    private final NioSocketAcceptor acceptor;
    private final NetworkStats stats;
    private final HandshakeDeadline authDeadlines;
    private final HandshakeDeadline worldDeadlines;

    public GameNetwork(
            NetworkSettings settings,
            OpcodeTables tables,
            ConnectionListener listener,
            Executor taskExecutor,
            InstantSource clock,
            NetworkStats stats) {
        this.settings = settings;
        this.stats = stats;
        this.acceptor = new NioSocketAcceptor();
        acceptor.setReuseAddress(true);
        acceptor.getSessionConfig().setTcpNoDelay(true);
        acceptor.getFilterChain()
                .addLast("frame", new ProtocolCodecFilter(new FrameCodecFactory(settings.maxPacketSize())));
        this.authDeadlines = new HandshakeDeadline(settings.handshakeTimeout(), "game-auth-deadline");
        // armed when the first runs out with the connection at the character screen: the rest of the lobby time
        Duration rest = settings.lobbyTimeout().minus(settings.handshakeTimeout());
        this.worldDeadlines = new HandshakeDeadline(
                rest.isNegative() || rest.isZero() ? Duration.ofSeconds(1) : rest, "game-lobby-deadline");
        LogThrottle perAddressLog = LogThrottle.perMinute();
        acceptor.setHandler(new GameConnectionHandler(
                settings,
                new PacketDispatcher(tables, stats, perAddressLog),
                listener,
                taskExecutor,
                clock,
                stats,
                perAddressLog,
                authDeadlines,
                worldDeadlines));
    }

    public void start() {
        try {
            acceptor.bind(new InetSocketAddress(settings.host(), settings.port()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the game port " + settings.host() + ":" + settings.port(), e);
        }
    }

    /** The bound port (useful when configured as 0). */
    public int port() {
        return acceptor.getLocalAddress().getPort();
    }

    public NetworkStats stats() {
        return stats;
    }

    @Override
    public void close() {
        acceptor.unbind();
        acceptor.getManagedSessions().values().forEach(s -> s.closeNow());
        acceptor.dispose(true);
        authDeadlines.close();
        worldDeadlines.close();
    }
}
