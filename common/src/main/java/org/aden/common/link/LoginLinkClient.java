package org.aden.common.link;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.aden.common.link.LinkHandshake.RegistrationRefused;
import org.aden.common.link.LinkMessage.Addresses;
import org.aden.common.link.LinkMessage.BanAccount;
import org.aden.common.link.LinkMessage.Kick;
import org.aden.common.link.LinkMessage.Ping;
import org.aden.common.link.LinkMessage.PlayerEntered;
import org.aden.common.link.LinkMessage.PlayerLeft;
import org.aden.common.link.LinkMessage.PlayersOnline;
import org.aden.common.link.LinkMessage.StatusUpdate;
import org.aden.common.link.LinkMessage.SubnetAddress;
import org.aden.common.link.LinkMessage.VerifyResult;
import org.aden.common.link.LinkMessage.VerifySession;
import org.aden.common.log.LogThrottle;
import org.aden.common.net.MalformedPacketException;
import org.aden.common.text.AccountNames;
import org.aden.common.text.PlayerText;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The game server's end of the link to the login server. Typical use from a game server's composition root:
 * <pre>{@code
 * var link = new LoginLinkClient(LoginLinkClient.Settings.of("127.0.0.1", 9014, 1, secret, "127.0.0.1", 7777),
 *         GameServerStatus.up(1000), account -> world.enqueue(new KickAccount(account)));
 * link.start();                                  // connects in the background, retries with backoff forever
 * link.verifySession(account, keys)              // on AuthLogin: CompletableFuture<Boolean>
 *     .thenAccept(ok -> ...);                    // false if invalid, timed out, or the link is down
 * link.playerEntered(account);                   // after a successful verification
 * link.playerLeft(account);                      // when the game connection ends
 * link.updateStatus(status);                     // whenever online count / limits change
 * link.close();                                  // on shutdown
 * }</pre>
 * While the link is down players already in game are unaffected; only {@link #verifySession} answers false (with a
 * clear log line), so new players cannot enter. After every (re)registration the client re-sends its status and the
 * full set of accounts in game, so a restarted login server learns where everybody is. Account names are
 * lower-cased (the login server treats them case-insensitively). All methods are thread-safe and never block on the
 * network except {@link #awaitConnected}.
 */
public final class LoginLinkClient implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(LoginLinkClient.class);

    /** Receives commands from the login server; called on the link's reader thread, so hand work off quickly. */
    @FunctionalInterface
    public interface Listener {
        /** The login server wants this account's game session closed (someone logs in to it again). */
        void kick(String account);

        /**
         * The same with the reason to show the player (e.g. "banned until ..."); empty when there is nothing to
         * say. Default: {@link #kick(String)}.
         */
        default void kick(String account, String reason) {
            kick(account);
        }

        /** The link is registered (again); default does nothing. */
        default void linkUp() {}

        /** The link dropped; default does nothing. */
        default void linkDown() {}
    }

    /**
     * @param loginHost      where the login server's link port listens
     * @param loginPort      its port (default 9014)
     * @param serverId       this game server's id (1..255, shown in ServerList)
     * @param secret         shared secret, configured identically on the login server
     * @param advertisedHost address clients are told to connect to (IPv4 literal or resolvable name)
     * @param gamePort       port clients are told to connect to
     * @param minBackoff     first reconnect delay; doubles per failure up to maxBackoff
     * @param maxBackoff     longest reconnect delay
     * @param verifyTimeout  a verification not answered within this is treated as invalid
     * @param pingInterval   keep-alive period; three silent periods mean the login server is gone
     */
    public record Settings(
            String loginHost,
            int loginPort,
            int serverId,
            String secret,
            String advertisedHost,
            int gamePort,
            Duration minBackoff,
            Duration maxBackoff,
            Duration verifyTimeout,
            Duration pingInterval) {
        public Settings {
            Objects.requireNonNull(loginHost);
            Objects.requireNonNull(secret);
            Objects.requireNonNull(advertisedHost);
            if (secret.isEmpty()) {
                throw new IllegalArgumentException("the link secret must not be empty");
            }
            if (serverId < 1 || serverId > 255) {
                throw new IllegalArgumentException("server id must be 1..255, got " + serverId);
            }
        }

        /** Defaults: backoff 1 s..30 s, verification timeout 5 s, ping every 10 s. */
        public static Settings of(
                String loginHost, int loginPort, int serverId, String secret, String advertisedHost, int gamePort) {
            return new Settings(
                    loginHost,
                    loginPort,
                    serverId,
                    secret,
                    advertisedHost,
                    gamePort,
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(30),
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(10));
        }

        public Settings withBackoff(Duration min, Duration max) {
            return new Settings(
                    loginHost,
                    loginPort,
                    serverId,
                    secret,
                    advertisedHost,
                    gamePort,
                    min,
                    max,
                    verifyTimeout,
                    pingInterval);
        }
    }

    private final Settings settings;
    private volatile Listener listener;
    private final SecureRandom random = new SecureRandom();
    private final Object lock = new Object();
    private final Set<String> online = ConcurrentHashMap.newKeySet();
    private final Map<Long, CompletableFuture<OptionalInt>> pending = new ConcurrentHashMap<>();
    private volatile List<SubnetAddress> subnetAddresses = List.of();
    private final AtomicLong nextRequestId = new AtomicLong(1);
    private final LogThrottle badNameLog = LogThrottle.perMinute();
    private final LogThrottle refusedLog = LogThrottle.perMinute();
    private volatile GameServerStatus status;
    private volatile LinkConnection current;
    private volatile boolean closed;
    private volatile CountDownLatch connectedLatch = new CountDownLatch(1);
    private Thread connector;
    /** Writes happen here, in call order, so callers (e.g. the world thread) never wait on the socket. */
    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("login-link-send").factory());

    public LoginLinkClient(Settings settings, GameServerStatus initialStatus, Listener listener) {
        this.settings = Objects.requireNonNull(settings);
        this.status = Objects.requireNonNull(initialStatus);
        this.listener = Objects.requireNonNull(listener);
    }

    /** Replaces the listener (e.g. when the world that handles kicks is built after this client). */
    public void setListener(Listener listener) {
        this.listener = Objects.requireNonNull(listener);
    }

    /** Starts connecting in the background; returns at once. */
    public synchronized void start() {
        if (connector != null) {
            throw new IllegalStateException("already started");
        }
        connector = Thread.ofVirtual().name("login-link-" + settings.serverId()).start(this::runForever);
    }

    /** True while registered with the login server. */
    public boolean isConnected() {
        return current != null;
    }

    /** Waits until registered; for start-up ordering and tests. */
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        return current != null || connectedLatch.await(timeout.toMillis(), TimeUnit.MILLISECONDS) && current != null;
    }

    /** New status; sent now if connected, and after every reconnect. */
    public void updateStatus(GameServerStatus newStatus) {
        status = Objects.requireNonNull(newStatus);
        sendIfConnected(new StatusUpdate(newStatus));
    }

    public GameServerStatus status() {
        return status;
    }

    /**
     * Asks the login server whether {@code key} is the session key it issued to {@code account}. Completes with
     * true only on a positive answer; false if the key is wrong, already used, expired, unanswered within the
     * timeout, or the link is down. Never completes exceptionally.
     */
    public CompletableFuture<Boolean> verifySession(String account, SessionKey key) {
        return verify(account, key).thenApply(OptionalInt::isPresent);
    }

    /**
     * Like {@link #verifySession}, with the account's access level on success (empty when refused), which its
     * characters inherit unless they have their own.
     */
    public CompletableFuture<OptionalInt> verify(String account, SessionKey key) {
        String name = AccountNames.normalize(account);
        if (name == null) {
            // no login server account has such a name: answered here, never sent (the login side would refuse it)
            long more = badNameLog.admit("name");
            if (more >= 0) {
                LOG.info(
                        "Refusing entry of account name '{}': not a valid account name{}",
                        PlayerText.forLog(account),
                        LogThrottle.more(more));
            }
            return CompletableFuture.completedFuture(OptionalInt.empty());
        }
        LinkConnection c = current;
        if (c == null) {
            LOG.warn(
                    "Link to login server is down: refusing entry of account {} (players in game are not affected)",
                    name);
            return CompletableFuture.completedFuture(OptionalInt.empty());
        }
        long id = nextRequestId.getAndIncrement();
        CompletableFuture<OptionalInt> answer = new CompletableFuture<>();
        pending.put(id, answer);
        answer.whenComplete((ok, err) -> pending.remove(id));
        send(c, new VerifySession(id, name, key));
        return answer.completeOnTimeout(
                OptionalInt.empty(), settings.verifyTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Asks the login server to ban an account ({@code duration} null: permanently); it stores the ban and kicks the
     * account wherever it plays. False when the link is down (nothing is sent then).
     */
    public boolean banAccount(String account, Duration duration, String reason, String by) {
        LinkConnection c = current;
        if (c == null) {
            return false;
        }
        send(c, new BanAccount(normalize(account), duration == null ? 0 : duration.toSeconds(), reason, by));
        return true;
    }

    /** Per-subnet addresses for the server list; sent now if connected, and after every registration. */
    public void setSubnetAddresses(List<SubnetAddress> entries) {
        subnetAddresses = List.copyOf(entries);
        sendIfConnected(new Addresses(subnetAddresses));
    }

    /** The account is now in game here (call after a successful verification). */
    public void playerEntered(String account) {
        String name = normalize(account);
        synchronized (lock) {
            online.add(name);
            sendIfConnected(new PlayerEntered(name));
        }
    }

    /** The account's game session ended. */
    public void playerLeft(String account) {
        String name = normalize(account);
        synchronized (lock) {
            if (online.remove(name)) {
                sendIfConnected(new PlayerLeft(name));
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        LinkConnection c = current;
        if (c != null) {
            c.close();
        }
        Thread t;
        synchronized (this) {
            t = connector;
        }
        if (t != null) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        sender.shutdownNow();
        pending.values().forEach(f -> f.complete(OptionalInt.empty()));
    }

    private static String normalize(String account) {
        return account.toLowerCase(Locale.ROOT);
    }

    private void sendIfConnected(LinkMessage m) {
        LinkConnection c = current;
        if (c == null) {
            return; // re-sent as a whole after the next registration
        }
        send(c, m);
    }

    private void send(LinkConnection c, LinkMessage m) {
        try {
            sender.execute(() -> {
                try {
                    c.send(m);
                } catch (IOException e) {
                    c.close(); // the reader notices, fails pending verifications and reconnects
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed
        }
    }

    private void runForever() {
        long backoff = settings.minBackoff().toMillis();
        String lastFailure = null;
        while (!closed) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(settings.loginHost(), settings.loginPort()), 5000);
                socket.setSoTimeout((int) settings.pingInterval().toMillis());
                socket.setTcpNoDelay(true);
                LinkConnection c = new LinkConnection(socket, false);
                LinkHandshake.register(
                        c,
                        settings.secret(),
                        settings.serverId(),
                        settings.advertisedHost(),
                        settings.gamePort(),
                        random);
                synchronized (lock) {
                    c.send(new StatusUpdate(status));
                    c.send(new PlayersOnline(new ArrayList<>(online)));
                    if (!subnetAddresses.isEmpty()) {
                        c.send(new Addresses(subnetAddresses));
                    }
                    current = c;
                }
                LOG.info(
                        "Registered with the login server at {}:{} as server {}",
                        settings.loginHost(),
                        settings.loginPort(),
                        settings.serverId());
                lastFailure = null;
                backoff = settings.minBackoff().toMillis();
                connectedLatch.countDown();
                listener.linkUp();
                readLoop(c);
            } catch (RegistrationRefused e) {
                lastFailure = logOnce(
                        lastFailure,
                        "Login server refused registration of server " + settings.serverId() + ": " + e.getMessage());
            } catch (IOException | MalformedPacketException e) {
                if (!closed) {
                    lastFailure = logOnce(
                            lastFailure,
                            "Link to login server " + settings.loginHost() + ":" + settings.loginPort()
                                    + " unavailable: " + e.getMessage());
                }
            } finally {
                boolean wasUp = current != null;
                current = null;
                pending.values().forEach(f -> f.complete(OptionalInt.empty()));
                if (wasUp) {
                    connectedLatch = new CountDownLatch(1);
                    if (!closed) {
                        LOG.warn(
                                "Link to login server lost: new players cannot enter until it is back; players in game stay");
                    }
                    listener.linkDown();
                }
            }
            if (closed) {
                return;
            }
            try {
                long jitter = random.nextLong(backoff / 4 + 1);
                Thread.sleep(backoff + jitter);
            } catch (InterruptedException e) {
                return;
            }
            backoff = Math.min(backoff * 2, settings.maxBackoff().toMillis());
        }
    }

    private static String logOnce(String last, String message) {
        if (!message.equals(last)) {
            LOG.warn("{} (retrying with backoff)", message);
        }
        return message;
    }

    private void readLoop(LinkConnection c) throws IOException {
        int silentPeriods = 0;
        while (!closed) {
            LinkMessage m;
            try {
                m = c.receive();
            } catch (LinkConnection.BadMessage e) {
                silentPeriods = 0;
                refused(String.format("message 0x%02X: %s", e.opcode(), e.getMessage()));
                continue;
            } catch (SocketTimeoutException e) {
                if (++silentPeriods >= 3) {
                    throw new IOException("login server silent for " + silentPeriods + " ping periods");
                }
                c.send(new Ping());
                continue;
            }
            silentPeriods = 0;
            switch (m) {
                case VerifyResult r -> {
                    CompletableFuture<OptionalInt> f = pending.get(r.requestId());
                    if (f != null) {
                        f.complete(r.valid() ? OptionalInt.of(r.accessLevel()) : OptionalInt.empty());
                    }
                }
                case Kick k -> {
                    try {
                        listener.kick(k.account(), k.reason());
                    } catch (RuntimeException e) {
                        LOG.error("Kick listener failed for account {}", k.account(), e);
                    }
                }
                case Ping p -> {} // the login server's answer to ours: the read itself reset the silence count
                default -> refused("unexpected link message " + m.getClass().getSimpleName());
            }
        }
    }

    /** One bad message from the login server is refused on its own: the link stays up. */
    private void refused(String why) {
        long more = refusedLog.admit("login");
        if (more >= 0) {
            LOG.warn(
                    "Link from the login server: refused one message ({}); the link stays up{}",
                    why,
                    LogThrottle.more(more));
        }
    }
}
