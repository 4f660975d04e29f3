package org.aden.login.network;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import org.aden.common.db.DatabaseHealth;
import org.aden.common.link.GameServerStatus;
import org.aden.common.link.SessionKey;
import org.aden.common.log.LogThrottle;
import org.aden.common.net.MalformedPacketException;
import org.aden.common.text.PlayerText;
import org.aden.login.account.AccountBan;
import org.aden.login.account.AccountService;
import org.aden.login.account.AuthResult;
import org.aden.login.account.LoginNames;
import org.aden.login.ban.IpBanList;
import org.aden.login.gameserver.GameServerRegistry;
import org.aden.login.gameserver.GameServerRegistry.GameServer;
import org.aden.login.network.client.RequestAuthLogin;
import org.aden.login.network.client.RequestGGAuth;
import org.aden.login.network.client.RequestServerList;
import org.aden.login.network.client.RequestServerLogin;
import org.aden.login.network.server.AccountKicked;
import org.aden.login.network.server.AccountKickedReason;
import org.aden.login.network.server.GGAuth;
import org.aden.login.network.server.LoginFail;
import org.aden.login.network.server.LoginFailReason;
import org.aden.login.network.server.LoginOk;
import org.aden.login.network.server.PlayFail;
import org.aden.login.network.server.PlayFailReason;
import org.aden.login.network.server.PlayOk;
import org.aden.login.network.server.ServerList;
import org.aden.login.protection.BruteForceGuard;
import org.aden.login.session.SessionRegistry;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** The handlers of the login handshake (login.md §4, §6), one method per client packet. */
public final class LoginFlow {
    private static final Logger LOG = LogManager.getLogger(LoginFlow.class);

    private final AccountService accounts;
    private final BruteForceGuard bruteForce;
    private final IpBanList ipBans;
    private final SessionRegistry sessions;
    private final GameServerRegistry servers;
    private final RandomGenerator random;
    private final boolean maintenance;
    private final LoginResults results;
    private final int maxConnections;
    private final java.util.concurrent.atomic.AtomicInteger openConnections =
            new java.util.concurrent.atomic.AtomicInteger();
    /** Refusals a client can repeat at will are logged once a minute per address. */
    private final LogThrottle refusalLog = LogThrottle.perMinute();
    /** Accounts authenticated on this login server and not yet handed to a game server. */
    private final Map<String, LoginConnection> authed = new ConcurrentHashMap<>();
    /** Whether aden_login answers: while it does not, logins are refused at once. */
    private final DatabaseHealth database;

    public LoginFlow(
            AccountService accounts,
            BruteForceGuard bruteForce,
            IpBanList ipBans,
            SessionRegistry sessions,
            GameServerRegistry servers,
            RandomGenerator random,
            boolean maintenance,
            int maxConnections,
            LoginResults results,
            DatabaseHealth database) {
        this.database = database;
        this.results = results;
        this.accounts = accounts;
        this.bruteForce = bruteForce;
        this.ipBans = ipBans;
        this.sessions = sessions;
        this.servers = servers;
        this.random = random;
        this.maintenance = maintenance;
        this.maxConnections = maxConnections;
    }

    void opened(LoginConnection c) {
        openConnections.incrementAndGet();
    }

    void onGGAuth(LoginConnection c, RequestGGAuth p) {
        if (p.sessionId() != c.sessionId()) {
            long more = refusalLog.admit("gg " + c.ip());
            if (more >= 0) {
                LOG.info("{}: GG auth with a wrong session id{}", c, LogThrottle.more(more));
            }
            c.close(new LoginFail(LoginFailReason.ACCESS_FAILED));
            return;
        }
        // Checked here rather than right after Init (as REF does) so the client has nothing in flight when we
        // close, and always reads the reason instead of a connection reset.
        if (ipBans.find(c.address()).isPresent()) {
            long more = refusalLog.admit("banned " + c.ip());
            if (more >= 0) {
                LOG.info("{}: refused, IP address banned{}", c, LogThrottle.more(more));
            }
            results.count(LoginResults.Result.BANNED_IP);
            c.close(new LoginFail(LoginFailReason.NOT_AUTHED));
            return;
        }
        if (c.overCapacity()) {
            long more = refusalLog.admit("overloaded");
            if (more >= 0) {
                LOG.warn(
                        "{}: refused, {} connections open (login.client.max-connections {}){}",
                        c,
                        openConnections.get(),
                        maxConnections,
                        LogThrottle.more(more));
            }
            results.count(LoginResults.Result.OVERLOADED);
            c.close(new LoginFail(LoginFailReason.SERVER_OVERLOADED));
            return;
        }
        c.setState(LoginState.AUTHED_GG);
        c.send(new GGAuth(c.sessionId()));
    }

    void onAuthLogin(LoginConnection c, RequestAuthLogin p) {
        byte[] block;
        try {
            block = c.rsa().decryptBlock(p.rsaBlock());
        } catch (IllegalArgumentException e) {
            throw new MalformedPacketException("RSA block does not decrypt: " + e.getMessage());
        }
        // Offsets of login.md §3.9: name at 0x5E (14), password at 0x6C (16; REF/ACIS/L2JS - TS's 0x6E is a TS bug)
        String login = field(block, 0x5E, 14);
        String password = field(block, passwordOffset(block), 16);
        String ip = c.ip();

        if (ipBans.find(c.address()).isPresent()) {
            results.count(LoginResults.Result.BANNED_IP);
            c.close(new LoginFail(LoginFailReason.NOT_AUTHED));
            return;
        }
        // null for a name that cannot exist: then only the address is counted, and nothing raw reaches the log
        String key = LoginNames.normalize(login);
        if (bruteForce.isBlocked(ip, key)) {
            results.count(LoginResults.Result.BRUTE_FORCE_BLOCKED);
            c.close(new LoginFail(LoginFailReason.ACCESS_FAILED));
            return;
        }
        if (!database.isUp()) {
            refuseDatabaseDown(c);
            return;
        }
        AuthResult result;
        try {
            // the connection is asked again before an account is created: it may have left while the database was slow
            result = accounts.authenticate(login, password, ip, c::isOpen);
        } catch (RuntimeException e) {
            if (!database.failed(e)) {
                throw e;
            }
            refuseDatabaseDown(c);
            return;
        }
        if (!c.isOpen()) {
            return; // gone while the database answered: nothing is completed for it
        }
        switch (result) {
            case AuthResult.WrongCredentials w -> {
                bruteForce.recordFailure(ip, key);
                results.count(w.accountExists() ? LoginResults.Result.WRONG_PASSWORD : LoginResults.Result.NO_ACCOUNT);
                if (w.accountExists()) {
                    LOG.info("{}: wrong password for '{}'", c, key);
                } else {
                    LOG.info("{}: no account '{}'", c, key == null ? "(invalid name)" : key);
                }
                c.close(new LoginFail(LoginFailReason.USER_OR_PASS_WRONG));
            }
            case AuthResult.Banned b -> {
                results.count(LoginResults.Result.BANNED_ACCOUNT);
                LOG.info(
                        "{}: account '{}' is banned ({})",
                        c,
                        key,
                        PlayerText.forLog(b.ban().reason()));
                c.close(new AccountKicked(kickReason(b.ban())));
            }
            case AuthResult.Success s -> loggedIn(c, s);
        }
    }

    /** The database is unreachable: "system error" at once, one line a minute (the outage itself is logged once). */
    private void refuseDatabaseDown(LoginConnection c) {
        long more = refusalLog.admit("database down");
        if (more >= 0) {
            LOG.info("{}: refused, the database is unreachable{} (logged once a minute)", c, LogThrottle.more(more));
        }
        c.close(new LoginFail(LoginFailReason.SYSTEM_ERROR));
    }

    /**
     * The client's message that matches the ban: "permanently banned", "suspended for 7 days" for a ban of about
     * a week, and for any other length the generic "violation" message (the client has no text with a duration).
     */
    static AccountKickedReason kickReason(AccountBan ban) {
        if (ban.expiresAt() == null) {
            return AccountKickedReason.PERMANENTLY_BANNED;
        }
        java.time.Duration length = java.time.Duration.between(ban.createdAt(), ban.expiresAt());
        boolean aboutAWeek = length.compareTo(java.time.Duration.ofHours(6 * 24 + 12)) >= 0
                && length.compareTo(java.time.Duration.ofHours(7 * 24 + 12)) <= 0;
        return aboutAWeek ? AccountKickedReason.SUSPENDED : AccountKickedReason.GENERIC_VIOLATION;
    }

    private void loggedIn(LoginConnection c, AuthResult.Success s) {
        String account = s.account().login();
        bruteForce.recordSuccess(account);
        if (maintenance && s.account().accessLevel() <= 0) {
            results.count(LoginResults.Result.MAINTENANCE);
            c.close(new LoginFail(LoginFailReason.SERVER_MAINTENANCE));
            return;
        }
        if (servers.kick(account)) {
            // in game: the game server drops the old session; this login is refused, the next one gets through
            results.count(LoginResults.Result.ACCOUNT_IN_USE);
            c.close(new LoginFail(LoginFailReason.ACCOUNT_IN_USE));
            return;
        }
        LoginConnection other = authed.putIfAbsent(account, c);
        if (other != null && other != c) {
            // REF: both the connection already logged in and the new one are told "in use" and closed
            LOG.info("{}: account '{}' already logged in from {}; closing both", c, account, other);
            authed.remove(account, other);
            other.close(new LoginFail(LoginFailReason.ACCOUNT_IN_USE));
            results.count(LoginResults.Result.ACCOUNT_IN_USE);
            c.close(new LoginFail(LoginFailReason.ACCOUNT_IN_USE));
            return;
        }
        SessionKey key = SessionKey.random(random);
        c.authenticated(account, s.account().accessLevel(), s.account().lastServer(), key);
        LOG.info("{}: logged in{}", c, s.created() ? " (account created)" : "");
        results.count(LoginResults.Result.SUCCESS);
        c.send(new LoginOk(key.loginOk1(), key.loginOk2()));
    }

    void onServerList(LoginConnection c, RequestServerList p) {
        if (!loginPairMatches(c, p.loginOk1(), p.loginOk2())) {
            return;
        }
        List<ServerList.Entry> entries = new ArrayList<>();
        for (GameServer gs : servers.all()) {
            GameServerStatus st = gs.status();
            boolean up = gs.up() && !(st.gmOnly() && c.accessLevel() <= 0);
            entries.add(new ServerList.Entry(
                    gs.id(),
                    gs.addressFor(c.address()),
                    gs.port(),
                    st.ageLimit(),
                    st.pvp(),
                    gs.onlinePlayers(),
                    st.maxPlayers(),
                    up,
                    st.serverType(),
                    st.showBrackets()));
        }
        c.send(new ServerList(c.lastServer(), entries));
    }

    void onServerLogin(LoginConnection c, RequestServerLogin p) {
        if (!loginPairMatches(c, p.loginOk1(), p.loginOk2())) {
            return;
        }
        Optional<GameServer> target = servers.get(p.serverId());
        PlayFailReason refusal =
                target.isEmpty() ? PlayFailReason.TOO_MANY_PLAYERS : refusal(target.get(), c.accessLevel());
        if (refusal != null) {
            LOG.info("{}: refused entry to server {}: {}", c, p.serverId(), refusal);
            authed.remove(c.account(), c);
            c.close(new PlayFail(refusal));
            return;
        }
        sessions.issue(c.account(), c.sessionKey(), p.serverId());
        authed.remove(c.account(), c);
        c.setState(LoginState.DONE);
        try {
            accounts.recordLastServer(c.account(), p.serverId());
        } catch (RuntimeException e) {
            LOG.warn("{}: could not store last server: {}", c, e.getMessage());
        }
        c.send(new PlayOk(c.sessionKey().playOk1(), c.sessionKey().playOk2()));
    }

    /** Why a player may not enter {@code gs}, or null. Down/unknown/full get REF's "too many players". */
    private static PlayFailReason refusal(GameServer gs, int accessLevel) {
        if (!gs.up()) {
            return PlayFailReason.TOO_MANY_PLAYERS;
        }
        if (gs.status().gmOnly() && accessLevel <= 0) {
            return PlayFailReason.ACCESS_FAILED;
        }
        if (gs.onlinePlayers() >= gs.status().maxPlayers() && accessLevel <= 0) {
            return PlayFailReason.TOO_MANY_PLAYERS;
        }
        return null;
    }

    private boolean loginPairMatches(LoginConnection c, int ok1, int ok2) {
        SessionKey k = c.sessionKey();
        if (k.loginOk1() == ok1 && k.loginOk2() == ok2) {
            return true;
        }
        LOG.info("{}: session key mismatch", c);
        authed.remove(c.account(), c);
        c.close(new LoginFail(LoginFailReason.ACCESS_FAILED));
        return false;
    }

    /** The connection is gone: it no longer holds its account on the login server. */
    void closed(LoginConnection c) {
        openConnections.decrementAndGet();
        if (c.account() != null) {
            authed.remove(c.account(), c);
        }
    }

    /**
     * 0x6C for the original client. The public TS test client writes the password two bytes later (0x6E); a real
     * password never starts with two NULs, so those bytes tell the layouts apart without guessing.
     */
    static int passwordOffset(byte[] block) {
        return block[0x6C] == 0 && block[0x6D] == 0 && block[0x6E] != 0 ? 0x6E : 0x6C;
    }

    /** ASCII field of the RSA block, trimmed of characters ≤ 0x20 at both ends (NUL padding), as REF does. */
    static String field(byte[] block, int offset, int length) {
        int from = offset;
        int to = offset + length;
        while (from < to && (block[from] & 0xFF) <= 0x20) {
            from++;
        }
        while (to > from && (block[to - 1] & 0xFF) <= 0x20) {
            to--;
        }
        return new String(block, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
