package org.aden.login;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.aden.common.crypto.RsaKeyPool;
import org.aden.common.db.Database;
import org.aden.common.metrics.MetricsServer;
import org.aden.common.net.ConnectionGate;
import org.aden.common.net.FrameCodecFactory;
import org.aden.common.net.HandshakeDeadline;
import org.aden.login.account.AccountMapper;
import org.aden.login.account.AccountService;
import org.aden.login.account.PasswordHasher;
import org.aden.login.ban.IpBanList;
import org.aden.login.ban.IpBanMapper;
import org.aden.login.gameserver.BanEnforcer;
import org.aden.login.gameserver.GameServerRegistry;
import org.aden.login.gameserver.LinkServer;
import org.aden.login.network.LoginClientHandler;
import org.aden.login.network.LoginFlow;
import org.aden.login.network.LoginResults;
import org.aden.login.protection.BruteForceGuard;
import org.aden.login.session.SessionRegistry;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.mina.core.session.IdleStatus;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.filter.codec.ProtocolCodecFilter;
import org.apache.mina.filter.executor.ExecutorFilter;
import org.apache.mina.filter.executor.OrderedThreadPoolExecutor;
import org.apache.mina.transport.socket.nio.NioSocketAcceptor;

/**
 * The login server's composition root: client listener (default 2106), game-server link (default 9014, loopback),
 * accounts, bans and protection, all wired here by constructor injection.
 */
public final class LoginServer implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(LoginServer.class);
    /** MyBatis mappers of aden_login, for {@link Database#open}. */
    public static final List<Class<?>> MAPPERS = List.of(AccountMapper.class, IpBanMapper.class);
    /** RequestAuthLogin is the largest client packet (~184 bytes); anything far beyond is malformed. */
    private static final int MAX_CLIENT_BODY = 1024;

    private final LoginConfig config;
    private final SecureRandom random = new SecureRandom();
    private final GameServerRegistry gameServers = new GameServerRegistry();
    private final SessionRegistry sessions;
    private final BruteForceGuard bruteForce;
    private final ConnectionGate<IoSession> gate;
    private final HandshakeDeadline deadlines;
    private final IpBanList ipBans;
    private final AccountService accounts;
    private final LinkServer link;
    private final BanEnforcer bans;
    private NioSocketAcceptor acceptor;
    private OrderedThreadPoolExecutor workers;
    private ScheduledExecutorService housekeeping;
    private LoginClientHandler handler;
    private final Database db;
    private final LoginResults results = new LoginResults();
    private MetricsServer metrics;

    public LoginServer(LoginConfig config, Database db) {
        this(config, db, InstantSource.system());
    }

    public LoginServer(LoginConfig config, Database db, InstantSource clock) {
        this.config = config;
        this.db = db;
        this.sessions = new SessionRegistry(config.sessionKeyTtl(), clock);
        this.bruteForce = new BruteForceGuard(
                config.bruteForceMaxPerAccount(),
                config.bruteForceMaxPerIp(),
                config.bruteForceWindow(),
                config.bruteForceBlock(),
                clock);
        this.gate = new ConnectionGate<>(
                new ConnectionGate.Limits(
                        config.floodConnectionsPerSecond(),
                        config.floodMaxConcurrent(),
                        config.floodMaxConcurrentPerSubnet(),
                        config.maxConnections()),
                clock);
        this.deadlines = new HandshakeDeadline(config.handshakeTimeout(), "login-deadlines");
        this.ipBans = new IpBanList(db.sqlSessionFactory(), clock);
        this.accounts = new AccountService(
                db.sqlSessionFactory(), new PasswordHasher(config.bcryptCost()), clock, config.autoCreate());
        this.link = new LinkServer(
                new LinkServer.Settings(
                        config.linkHost(),
                        config.linkPort(),
                        config.linkSecret(),
                        config.linkAllowedIds(),
                        config.linkIdleTimeout()),
                gameServers,
                sessions,
                new LinkServer.Accounts() {
                    @Override
                    public int accessLevel(String account) {
                        return accounts.accessLevel(account);
                    }

                    @Override
                    public void ban(String account, java.time.Duration duration, String reason, String by) {
                        bans.ban(
                                account,
                                duration == null ? null : clock.instant().plus(duration),
                                reason,
                                by);
                    }
                });
        this.bans = new BanEnforcer(accounts, ipBans, gameServers, clock);
    }

    public void start() throws IOException {
        long t0 = System.nanoTime();
        RsaKeyPool rsa = RsaKeyPool.generate(config.rsaPoolSize(), random);
        ipBans.reload();
        LoginFlow flow = new LoginFlow(
                accounts,
                bruteForce,
                ipBans,
                sessions,
                gameServers,
                random,
                config.maintenance(),
                config.maxConnections(),
                results,
                db.health());
        db.health().watch(java.time.Duration.ofSeconds(2));
        handler = new LoginClientHandler(flow, rsa, random, gate, deadlines, config.maxBadPackets());

        warnAboutDefaultSecret();
        link.start();

        workers = new OrderedThreadPoolExecutor(config.workerThreads());
        acceptor = new NioSocketAcceptor();
        acceptor.setReuseAddress(true);
        acceptor.getFilterChain().addLast("frames", new ProtocolCodecFilter(new FrameCodecFactory(MAX_CLIENT_BODY)));
        acceptor.getFilterChain().addLast("arrivals", handler.arrivals());
        acceptor.getFilterChain().addLast("workers", new ExecutorFilter(workers));
        acceptor.getSessionConfig().setIdleTime(IdleStatus.BOTH_IDLE, (int)
                Math.max(1, config.idleTimeout().toSeconds()));
        acceptor.getSessionConfig().setTcpNoDelay(true);
        acceptor.setHandler(handler);
        try {
            acceptor.bind(new InetSocketAddress(config.clientHost(), config.clientPort()));
        } catch (IOException e) {
            link.close();
            throw new IOException(
                    "cannot listen for clients on " + config.clientHost() + ":" + config.clientPort()
                            + " (login.client.port): " + rootMessage(e),
                    e);
        }

        startMetrics();
        housekeeping = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("login-housekeeping").daemon(true).factory());
        long check = Math.max(100, config.banCheckInterval().toMillis());
        housekeeping.scheduleWithFixedDelay(bans::sweep, check, check, TimeUnit.MILLISECONDS);
        housekeeping.scheduleWithFixedDelay(this::sweep, 30, 30, TimeUnit.SECONDS);
        LOG.info(
                "Login server listening for clients on {}:{}, game servers on {}:{} ({} RSA keys, bcrypt cost {}, "
                        + "auto-create {}, started in {} ms)",
                config.clientHost(),
                clientPort(),
                config.linkHost(),
                linkPort(),
                rsa.size(),
                config.bcryptCost(),
                config.autoCreate() ? "on" : "off",
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** Login results, refusals, game servers and the pool; served only when login.metrics.enabled. */
    private void startMetrics() throws IOException {
        metrics = new MetricsServer(config.metrics(), "loginserver");
        var r = metrics.registry();
        for (LoginResults.Result result : LoginResults.Result.values()) {
            io.micrometer.core.instrument.FunctionCounter.builder("aden_login_results", results, x -> x.get(result))
                    .tag("result", result.name().toLowerCase(java.util.Locale.ROOT))
                    .description("Login attempts by outcome")
                    .register(r);
        }
        io.micrometer.core.instrument.FunctionCounter.builder(
                        "aden_connections_refused", this, LoginServer::refusedConnections)
                .description("Client connections refused by the per-address and per-subnet limits")
                .register(r);
        io.micrometer.core.instrument.FunctionCounter.builder("aden_bad_packets", this, LoginServer::droppedPackets)
                .description("Client packets dropped")
                .register(r);
        io.micrometer.core.instrument.Gauge.builder(
                        "aden_game_servers_connected", gameServers, g -> g.all().size())
                .description("Game servers linked")
                .register(r);
        db.bindMetrics(r);
        metrics.healthCheck("clients", () -> acceptor != null && acceptor.isActive());
        try {
            metrics.start();
        } catch (IOException e) {
            acceptor.unbind();
            link.close();
            throw e;
        }
    }

    /** The metrics of this server (the endpoint is bound only when enabled). */
    public MetricsServer metrics() {
        return metrics;
    }

    public LoginResults loginResults() {
        return results;
    }

    private void warnAboutDefaultSecret() {
        try {
            if (LoginConfig.DEFAULT_LINK_SECRET.equals(config.linkSecret())
                    && !InetAddress.getByName(config.linkHost()).isLoopbackAddress()) {
                LOG.warn(
                        "login.link.secret is the default while the link listens on {}: set a secret of your own",
                        config.linkHost());
            }
        } catch (IOException e) {
            LOG.warn("login.link.host {} does not resolve: {}", config.linkHost(), e.getMessage());
        }
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private void sweep() {
        try {
            sessions.sweep();
            bruteForce.sweep();
            gate.sweep();
        } catch (RuntimeException e) {
            LOG.error("Housekeeping failed", e);
        }
    }

    public int clientPort() {
        return acceptor.getLocalAddress().getPort();
    }

    public int linkPort() {
        return link.port();
    }

    /** Re-reads IP bans now (also done every login.bans.check-interval). */
    public void reloadIpBans() {
        ipBans.reload();
    }

    public AccountService accounts() {
        return accounts;
    }

    public GameServerRegistry gameServers() {
        return gameServers;
    }

    /** Client connections refused by the per-address and per-subnet limits since start. */
    public long refusedConnections() {
        return handler == null ? 0 : handler.refusedConnections();
    }

    /** Client connections closed for not logging in within {@code login.client.handshake-timeout}. */
    public long handshakeTimeouts() {
        return handler == null ? 0 : handler.handshakeTimeouts();
    }

    /** Unfinished logins closed to admit a newcomer from a less crowded network while the server was full. */
    public long displacedConnections() {
        return handler == null ? 0 : handler.displacedConnections();
    }

    /** Link messages refused on their own (the link stayed up). */
    public long refusedLinkMessages() {
        return link.refusedMessages();
    }

    /** Client packets dropped since start (malformed, bad checksum, unknown or out of state). */
    public long droppedPackets() {
        return handler == null ? 0 : handler.droppedPackets();
    }

    @Override
    public void close() {
        if (housekeeping != null) {
            housekeeping.shutdownNow();
        }
        if (metrics != null) {
            metrics.close();
        }
        link.close();
        deadlines.close();
        if (acceptor != null) {
            acceptor.unbind();
            acceptor.getManagedSessions().values().forEach(s -> s.closeNow());
            acceptor.dispose(true);
        }
        if (workers != null) {
            workers.shutdown();
            try {
                workers.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        LOG.info("Login server stopped");
    }
}
