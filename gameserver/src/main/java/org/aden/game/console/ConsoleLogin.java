package org.aden.game.console;

import static org.aden.game.console.HttpReplies.form;
import static org.aden.game.console.HttpReplies.json;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;
import java.util.Optional;
import org.aden.common.log.LogThrottle;
import org.aden.common.text.PlayerText;
import org.aden.game.admin.BuiltinAdminCommands;
import org.aden.game.console.ConsoleSessions.Session;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The console's login: refused from another site's page (Origin), from an address over its limit (no password is
 * checked then), for a wrong password and for an account below GM level; one log line each (blocked addresses once
 * a minute). A success starts a session and sets its cookie.
 */
final class ConsoleLogin {
    private static final Logger LOG = LogManager.getLogger(ConsoleLogin.class);

    private final ConsoleAccounts accounts;
    private final ConsoleSessions sessions;
    private final LoginAttempts attempts;
    private final LogThrottle blockedLog = LogThrottle.perMinute();

    ConsoleLogin(ConsoleAccounts accounts, ConsoleSessions sessions, LoginAttempts attempts) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.attempts = attempts;
    }

    /** POST /api/login: checks the address's limit, the origin and the password; sets the session cookie. */
    void handle(HttpExchange x) throws IOException {
        InetAddress from = x.getRemoteAddress().getAddress();
        String origin = x.getRequestHeaders().getFirst("Origin");
        String host = x.getRequestHeaders().getFirst("Host");
        if (origin != null && !origin.equals("http://" + host) && !origin.equals("https://" + host)) {
            json(x, 403, Map.of("error", "Cross-site login refused."));
            return;
        }
        long blocked = attempts.blockedForMillis(from);
        if (blocked > 0) {
            long more = blockedLog.admit(from.getHostAddress());
            if (more >= 0) {
                LOG.warn(
                        "Console: login from blocked address {} refused{}",
                        from.getHostAddress(),
                        LogThrottle.more(more));
            }
            x.getResponseHeaders().set("Retry-After", Long.toString((blocked + 999) / 1000));
            json(
                    x,
                    429,
                    Map.of(
                            "error",
                            "Too many failed logins from your address: try again in "
                                    + Math.max(1, (blocked + 59_999) / 60_000) + " min."));
            return;
        }
        Map<String, String> f = form(x);
        if (f == null) {
            return;
        }
        String name = f.getOrDefault("account", "");
        Optional<ConsoleAccounts.Account> account;
        try {
            account = accounts.check(name, f.getOrDefault("password", ""));
        } catch (ConsoleAccounts.UnavailableException e) {
            LOG.warn("Console: login of {} impossible: {}", PlayerText.forLog(name, 20), e.getMessage());
            json(x, 503, Map.of("error", "The accounts database is not reachable; see the server log."));
            return;
        }
        if (account.isEmpty() || account.get().accessLevel() < BuiltinAdminCommands.GM) {
            boolean nowBlocked = attempts.failed(from);
            LOG.warn(
                    "Console: failed login for '{}' from {}{}{}",
                    PlayerText.forLog(name, 20),
                    from.getHostAddress(),
                    account.isPresent() ? " (access level " + account.get().accessLevel() + ", not a GM)" : "",
                    nowBlocked ? "; address blocked for " + LoginAttempts.BLOCK.toMinutes() + " min" : "");
            json(x, 401, Map.of("error", "Wrong account or password, or not an administrator."));
            return;
        }
        attempts.succeeded(from);
        Session s = sessions.create(account.get().login(), account.get().accessLevel());
        LOG.info(
                "Console: {} (access level {}) logged in from {}", s.account(), s.accessLevel(), from.getHostAddress());
        x.getResponseHeaders().set("Set-Cookie", ConsoleServer.sessionCookie(s, sessions));
        json(x, 200, ConsoleServer.sessionJson(s));
    }
}
