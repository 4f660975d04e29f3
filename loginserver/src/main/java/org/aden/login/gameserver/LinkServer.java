package org.aden.login.gameserver;

import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.aden.common.link.LinkConnection;
import org.aden.common.link.LinkHandshake;
import org.aden.common.link.LinkMessage;
import org.aden.common.link.LinkMessage.Addresses;
import org.aden.common.link.LinkMessage.BanAccount;
import org.aden.common.link.LinkMessage.Ping;
import org.aden.common.link.LinkMessage.PlayerEntered;
import org.aden.common.link.LinkMessage.PlayerLeft;
import org.aden.common.link.LinkMessage.PlayersOnline;
import org.aden.common.link.LinkMessage.Register;
import org.aden.common.link.LinkMessage.RegisterFailReason;
import org.aden.common.link.LinkMessage.StatusUpdate;
import org.aden.common.link.LinkMessage.SubnetAddress;
import org.aden.common.link.LinkMessage.VerifyResult;
import org.aden.common.link.LinkMessage.VerifySession;
import org.aden.common.log.LogThrottle;
import org.aden.common.net.MalformedPacketException;
import org.aden.common.text.PlayerText;
import org.aden.login.ban.IpRange;
import org.aden.login.session.SessionRegistry;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The login server's end of the game-server link: accepts connections (loopback by default), runs the challenge-
 * response registration, then serves status, presence and session-key verification. Blocking sockets on virtual
 * threads: there are only a handful of game servers.
 */
public final class LinkServer implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(LinkServer.class);
    private static final int HANDSHAKE_TIMEOUT_MS = 10_000;

    /** @param allowedIds ids a game server may register with; empty allows any id 1..255 */
    public record Settings(String host, int port, String secret, Set<Integer> allowedIds, Duration idleTimeout) {}

    /** What the link asks of the accounts: an account's access level, and bans from administrators in game. */
    public interface Accounts {
        int accessLevel(String account);

        /** {@code duration} null: permanent. */
        void ban(String account, Duration duration, String reason, String by);
    }

    private final Settings settings;
    private final GameServerRegistry registry;
    private final SessionRegistry sessions;
    private final Accounts accounts;
    private final SecureRandom random = new SecureRandom();
    private final Set<LinkConnection> open = ConcurrentHashMap.newKeySet();
    private final LogThrottle refusalLog = LogThrottle.perMinute();
    private final AtomicLong refusedMessages = new AtomicLong();
    private ServerSocket server;
    private volatile boolean closed;

    public LinkServer(Settings settings, GameServerRegistry registry, SessionRegistry sessions, Accounts accounts) {
        this.settings = settings;
        this.registry = registry;
        this.sessions = sessions;
        this.accounts = accounts;
    }

    public void start() throws IOException {
        server = new ServerSocket();
        server.setReuseAddress(true);
        try {
            server.bind(new InetSocketAddress(settings.host(), settings.port()), 16);
        } catch (IOException e) {
            server.close();
            throw new IOException(
                    "cannot listen for game servers on " + settings.host() + ":" + settings.port()
                            + " (login.link.port): " + e.getMessage(),
                    e);
        }
        Thread.ofVirtual().name("link-accept").start(this::acceptLoop);
    }

    public int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = server.accept();
                Thread.ofVirtual().name("link-" + s.getRemoteSocketAddress()).start(() -> serve(s));
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("Link accept failed: {}", e.getMessage());
                }
            }
        }
    }

    private final class Peer implements LinkPeer {
        final LinkConnection conn;

        Peer(LinkConnection conn) {
            this.conn = conn;
        }

        @Override
        public void send(LinkMessage message) {
            try {
                conn.send(message);
            } catch (IOException e) {
                conn.close();
            }
        }

        @Override
        public void close() {
            conn.close();
        }
    }

    private void serve(Socket socket) {
        String remote = String.valueOf(socket.getRemoteSocketAddress());
        LinkConnection conn;
        try {
            socket.setSoTimeout(HANDSHAKE_TIMEOUT_MS);
            socket.setTcpNoDelay(true);
            conn = new LinkConnection(socket, true);
        } catch (IOException e) {
            closeQuietly(socket);
            return;
        }
        open.add(conn);
        Peer peer = new Peer(conn);
        int serverId = -1;
        try {
            byte[] nonce = LinkHandshake.challenge(conn, random);
            Register reg = LinkHandshake.awaitRegister(conn);
            serverId = register(conn, peer, nonce, reg, remote);
            if (serverId < 0) {
                return;
            }
            socket.setSoTimeout((int) settings.idleTimeout().toMillis());
            readLoop(conn, serverId);
        } catch (EOFException e) {
            // peer closed
        } catch (SocketTimeoutException e) {
            LOG.warn("Link from {} (server {}) silent for too long, closing", remote, serverId);
        } catch (IOException | MalformedPacketException e) {
            if (!closed) {
                LOG.warn("Link from {} (server {}) dropped: {}", remote, serverId, e.getMessage());
            }
        } finally {
            open.remove(conn);
            conn.close();
            if (serverId > 0) {
                // a game server that stops cleanly reports itself down first: that is news, not a problem
                boolean saidDown =
                        registry.get(serverId).map(gs -> !gs.status().up()).orElse(false);
                registry.release(serverId, peer);
                if (!closed && saidDown) {
                    LOG.info("Game server {} stopped: shown down in the server list", serverId);
                } else if (!closed) {
                    LOG.warn("Game server {} disconnected: shown down in the server list", serverId);
                }
            }
        }
    }

    /** Returns the registered id, or -1 after refusing (with a logged reason). */
    private int register(LinkConnection conn, Peer peer, byte[] nonce, Register reg, String remote) throws IOException {
        int id = reg.serverId();
        if (reg.version() != LinkMessage.VERSION) {
            return refuse(
                    conn,
                    RegisterFailReason.BAD_VERSION,
                    remote,
                    id,
                    "link version " + reg.version() + ", expected " + LinkMessage.VERSION);
        }
        if (!LinkHandshake.proofValid(settings.secret(), nonce, reg)) {
            return refuse(conn, RegisterFailReason.BAD_SECRET, remote, id, "wrong shared secret");
        }
        if (id < 1 || !settings.allowedIds().isEmpty() && !settings.allowedIds().contains(id)) {
            return refuse(conn, RegisterFailReason.ID_NOT_ALLOWED, remote, id, "server id " + id + " not allowed");
        }
        byte[] ipv4;
        try {
            ipv4 = ipv4Of(reg.advertisedHost());
        } catch (UnknownHostException e) {
            return refuse(
                    conn,
                    RegisterFailReason.PROTOCOL_ERROR,
                    remote,
                    id,
                    "advertised host '" + PlayerText.forLog(reg.advertisedHost())
                            + "' is not an IPv4 address or resolvable name");
        }
        if (!registry.claim(id, peer, ipv4, reg.gamePort())) {
            return refuse(conn, RegisterFailReason.ID_IN_USE, remote, id, "server id " + id + " is already connected");
        }
        LinkHandshake.accept(conn, settings.secret(), nonce, reg);
        LOG.info(
                "Game server {} registered from {}, clients go to {}:{}",
                id,
                remote,
                reg.advertisedHost(),
                reg.gamePort());
        return id;
    }

    private static List<GameServerRegistry.Subnet> subnets(int id, Addresses a) {
        List<GameServerRegistry.Subnet> out = new ArrayList<>();
        for (SubnetAddress e : a.entries()) {
            try {
                out.add(new GameServerRegistry.Subnet(IpRange.parse(e.subnet()), ipv4Of(e.host())));
                LOG.info("Game server {}: clients from {} go to {}", id, e.subnet(), e.host());
            } catch (IllegalArgumentException | UnknownHostException ex) {
                LOG.warn(
                        "Game server {}: ignoring subnet address {}={}: {}", id, e.subnet(), e.host(), ex.getMessage());
            }
        }
        return out;
    }

    private static byte[] ipv4Of(String host) throws UnknownHostException {
        for (InetAddress a : InetAddress.getAllByName(host)) {
            if (a.getAddress().length == 4) {
                return a.getAddress();
            }
        }
        throw new UnknownHostException(host);
    }

    private int refuse(LinkConnection conn, RegisterFailReason reason, String remote, int id, String why)
            throws IOException {
        LOG.warn("Refused game server registration from {} (id {}): {}", remote, id, why);
        LinkHandshake.refuse(conn, reason, why);
        return -1;
    }

    private void readLoop(LinkConnection conn, int id) throws IOException {
        while (!closed) {
            LinkMessage m;
            try {
                m = conn.receive();
            } catch (LinkConnection.BadMessage e) {
                refuseMessage(conn, id, e);
                continue;
            }
            switch (m) {
                case StatusUpdate s -> registry.updateStatus(id, s.status());
                case VerifySession v -> {
                    String account = v.account().toLowerCase(Locale.ROOT);
                    boolean ok = sessions.consume(account, v.key(), id);
                    if (!ok) {
                        LOG.info(
                                "Game server {} presented an invalid or expired session key for account {}",
                                id,
                                account);
                    }
                    conn.send(new VerifyResult(v.requestId(), v.account(), ok, ok ? accessLevel(account, id) : 0));
                }
                case PlayerEntered p -> registry.playerEntered(id, p.account().toLowerCase(Locale.ROOT));
                case PlayerLeft p -> registry.playerLeft(id, p.account().toLowerCase(Locale.ROOT));
                case PlayersOnline p ->
                    registry.replacePlayers(
                            id,
                            p.accounts().stream()
                                    .map(a -> a.toLowerCase(Locale.ROOT))
                                    .toList());
                case BanAccount b ->
                    accounts.ban(
                            b.account().toLowerCase(Locale.ROOT),
                            b.seconds() <= 0 ? null : Duration.ofSeconds(b.seconds()),
                            b.reason(),
                            "game server " + id + " (" + b.by() + ")");
                case Addresses a -> registry.setSubnets(id, subnets(id, a));
                case Ping p -> conn.send(new Ping());
                default ->
                    refuseMessage(
                            conn, id, "unexpected link message " + m.getClass().getSimpleName(), -1);
            }
        }
    }

    /**
     * The account's access level for a verified session; 0 (a player) when the database does not answer, so that an
     * outage never ends the link's read loop and drops the game server.
     */
    private int accessLevel(String account, int serverId) {
        try {
            return accounts.accessLevel(account);
        } catch (RuntimeException e) {
            LOG.warn(
                    "Access level of {} (game server {}) not readable, treated as 0: {}",
                    account,
                    serverId,
                    e.toString());
            return 0;
        }
    }

    /**
     * One bad message is refused on its own; the link and the game server's players stay. A refused session check
     * is still answered (invalid), so the game server does not wait for its timeout.
     */
    private void refuseMessage(LinkConnection conn, int id, LinkConnection.BadMessage e) throws IOException {
        refuseMessage(conn, id, String.format("message 0x%02X: %s", e.opcode(), e.getMessage()), e.requestId());
    }

    private void refuseMessage(LinkConnection conn, int id, String why, long requestId) throws IOException {
        refusedMessages.incrementAndGet();
        long more = refusalLog.admit("server " + id);
        if (more >= 0) {
            LOG.warn(
                    "Link from game server {}: refused one message ({}); the link stays up{}",
                    id,
                    PlayerText.forLog(why),
                    LogThrottle.more(more));
        }
        if (requestId >= 0) {
            conn.send(new VerifyResult(requestId, "", false));
        }
    }

    /** Link messages refused on their own since start (the link stayed up). */
    public long refusedMessages() {
        return refusedMessages.get();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        closed = true;
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        open.forEach(LinkConnection::close);
    }
}
