package org.aden.login;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.aden.common.config.Config;
import org.aden.common.config.ConfigException;
import org.aden.common.config.ConfigSpec;
import org.aden.common.db.DatabaseConfig;
import org.aden.common.metrics.MetricsSettings;

/** The login server's settings, read from config/loginserver.properties through {@link #SPEC}. */
public record LoginConfig(
        Config raw,
        String clientHost,
        int clientPort,
        String linkHost,
        int linkPort,
        String linkSecret,
        Set<Integer> linkAllowedIds,
        Duration linkIdleTimeout,
        boolean autoCreate,
        int bcryptCost,
        int rsaPoolSize,
        Duration idleTimeout,
        Duration handshakeTimeout,
        Duration sessionKeyTtl,
        int maxBadPackets,
        int workerThreads,
        int maxConnections,
        int bruteForceMaxPerAccount,
        int bruteForceMaxPerIp,
        Duration bruteForceWindow,
        Duration bruteForceBlock,
        int floodConnectionsPerSecond,
        int floodMaxConcurrent,
        int floodMaxConcurrentPerSubnet,
        Duration banCheckInterval,
        boolean maintenance) {

    /** Default link secret: fine on loopback; the server warns when the link listens elsewhere with it. */
    public static final String DEFAULT_LINK_SECRET = "aden-change-me";

    public static final ConfigSpec SPEC = ConfigSpec.builder("Aden login server")
            .section("Client network")
            .stringKey("login.client.host", "0.0.0.0", "Address the client listener binds to.")
            .intKey("login.client.port", 2106, 0, 65535, "Port the original client connects to (0: any free port).")
            .durationKey(
                    "login.client.idle-timeout",
                    "60s",
                    "A client connection that sends nothing for this long is closed.")
            .durationKey(
                    "login.client.handshake-timeout",
                    "15s",
                    "A client must have sent its login (name and password) within this long after connecting,\n"
                            + "whatever else it sends meanwhile; otherwise it is closed. The original client needs\n"
                            + "well under a second.")
            .intKey(
                    "login.client.max-bad-packets",
                    5,
                    1,
                    1000,
                    "Malformed or out-of-state packets a connection may send before it is closed (each is dropped).")
            .intKey(
                    "login.client.worker-threads",
                    4,
                    1,
                    256,
                    "Threads that handle client packets (password hashing runs here).")
            .intKey(
                    "login.client.max-connections",
                    2000,
                    1,
                    1_000_000,
                    "Open client connections above which new logins are told the server is overloaded. When full,\n"
                            + "a newcomer from a less crowded network takes the place of the oldest unfinished login\n"
                            + "from the most crowded one, so no one network can keep everybody else out.")
            .intKey(
                    "login.rsa-pool-size",
                    10,
                    1,
                    100,
                    "RSA-1024 key pairs generated at start (~25 ms each); each connection gets a random one.")
            .section("Game server link")
            .stringKey(
                    "login.link.host",
                    "127.0.0.1",
                    "Address the game-server link binds to. Keep it on loopback or a private network:\n"
                            + "the link is authenticated but not encrypted.")
            .intKey("login.link.port", 9014, 0, 65535, "Port game servers register on (0: any free port).")
            .secretKey(
                    "login.link.secret",
                    DEFAULT_LINK_SECRET,
                    "Shared secret every game server must prove (HMAC challenge-response; never sent). Set the same value\n"
                            + "on the game servers. Change it whenever the link is not on loopback.")
            .listKey(
                    "login.link.allowed-ids",
                    "",
                    "Server ids game servers may register with, e.g. 1,2. Empty: any id 1-255.")
            .durationKey(
                    "login.link.idle-timeout",
                    "60s",
                    "A link silent for this long (game servers ping every 10 s) is closed.")
            .section("Accounts")
            .boolKey("login.auto-create", false, "Create an account on its first login (on in standalone mode).")
            .intKey(
                    "login.bcrypt-cost",
                    10,
                    4,
                    16,
                    "bcrypt cost (log2 of rounds) for new password hashes. Each +1 doubles login CPU time.\n"
                            + "Measured on 2 cores at 10: see the README (tools 'bench-bcrypt').")
            .durationKey(
                    "login.session-key-ttl",
                    "60s",
                    "How long the key sent with PlayOk stays valid for the game server to verify (one use).")
            .boolKey(
                    "login.maintenance",
                    false,
                    "Only accounts with access level > 0 may log in; others get 'maintenance'.")
            .section("Protection")
            .intKey(
                    "login.brute-force.max-failures-per-account",
                    5,
                    1,
                    1000,
                    "Wrong passwords on one account within the window that block that account (from everywhere).")
            .intKey(
                    "login.brute-force.max-failures-per-ip",
                    20,
                    1,
                    10000,
                    "Wrong passwords from one IP address within the window that block that address (higher than\n"
                            + "per account: many players may share an address behind NAT).")
            .durationKey("login.brute-force.window", "5m", "Window for counting wrong passwords.")
            .durationKey("login.brute-force.block", "15m", "How long a brute-force block lasts.")
            .intKey(
                    "login.flood.connections-per-second",
                    20,
                    1,
                    10000,
                    "New connections per second allowed from one IP.")
            .intKey("login.flood.max-concurrent", 30, 1, 10000, "Open connections allowed from one IP.")
            .intKey(
                    "login.flood.max-concurrent-per-subnet",
                    120,
                    1,
                    100000,
                    "Open connections allowed from one subnet (IPv4 /24, IPv6 /64), so many addresses of one\n"
                            + "network cannot fill the server either.")
            .durationKey(
                    "login.bans.check-interval",
                    "2s",
                    "How often bans are re-read from the database: a player in game whose account or address was\n"
                            + "banned meanwhile (bin/aden.sh, SQL) is kicked then, with the reason shown.")
            .include(MetricsSettings.spec("login", 9101))
            .include(DatabaseConfig.spec("aden_login", "login"))
            .build();

    /** login.metrics.*: the Prometheus and health endpoint. */
    public MetricsSettings metrics() {
        return MetricsSettings.from(raw, "login");
    }

    public static LoginConfig from(Config c) {
        Set<Integer> ids = new LinkedHashSet<>();
        for (String s : c.getList("login.link.allowed-ids")) {
            try {
                int id = Integer.parseInt(s);
                if (id < 1 || id > 255) {
                    throw new NumberFormatException();
                }
                ids.add(id);
            } catch (NumberFormatException e) {
                throw new ConfigException("login.link.allowed-ids: '" + s + "' is not a server id 1-255");
            }
        }
        if (c.getString("login.link.secret").isEmpty()) {
            throw new ConfigException("login.link.secret must not be empty: game servers authenticate with it");
        }
        return new LoginConfig(
                c,
                c.getString("login.client.host"),
                c.getInt("login.client.port"),
                c.getString("login.link.host"),
                c.getInt("login.link.port"),
                c.getString("login.link.secret"),
                Set.copyOf(ids),
                c.getDuration("login.link.idle-timeout"),
                c.getBool("login.auto-create"),
                c.getInt("login.bcrypt-cost"),
                c.getInt("login.rsa-pool-size"),
                c.getDuration("login.client.idle-timeout"),
                c.getDuration("login.client.handshake-timeout"),
                c.getDuration("login.session-key-ttl"),
                c.getInt("login.client.max-bad-packets"),
                c.getInt("login.client.worker-threads"),
                c.getInt("login.client.max-connections"),
                c.getInt("login.brute-force.max-failures-per-account"),
                c.getInt("login.brute-force.max-failures-per-ip"),
                c.getDuration("login.brute-force.window"),
                c.getDuration("login.brute-force.block"),
                c.getInt("login.flood.connections-per-second"),
                c.getInt("login.flood.max-concurrent"),
                c.getInt("login.flood.max-concurrent-per-subnet"),
                c.getDuration("login.bans.check-interval"),
                c.getBool("login.maintenance"));
    }
}
