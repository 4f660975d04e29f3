package org.aden.game.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.aden.common.text.PlayerText;
import org.aden.game.actor.Player;
import org.aden.game.admin.AdminActions;
import org.aden.game.admin.AdminContext;
import org.aden.game.admin.BuiltinAdminCommands;
import org.aden.game.auth.LoginGateway;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * What an administrator can do from the console. Each action runs as a command on the world thread, through the
 * same code as the GM command (kick, announce, the shutdown countdown, the login server's ban), and is logged in
 * one line with the administrator's account. Results are the text the page shows.
 */
public final class ConsoleActions {
    private static final Logger LOG = LogManager.getLogger(ConsoleActions.class);
    /** Longest announcement (the client's chat line limit). */
    static final int MAX_ANNOUNCEMENT = 200;

    /** A player as the map draws it. */
    public record PlayerDot(
            String name, String account, int x, int y, int z, int level, int classId, boolean connected) {}

    /** An action refused before it ran (bad input, missing rights); the page shows the message. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final AdminContext ctx;
    private final LoginGateway login;

    public ConsoleActions(AdminContext ctx, LoginGateway login) {
        this.ctx = ctx;
        this.login = login;
    }

    public CompletableFuture<List<PlayerDot>> players() {
        return onWorld(() -> {
            List<PlayerDot> out = new ArrayList<>();
            for (Player p : ctx.world().players()) {
                out.add(new PlayerDot(
                        p.name(), p.account(), p.x(), p.y(), p.z(), p.level(), p.classId(), p.isConnected()));
            }
            return out;
        });
    }

    public CompletableFuture<String> kick(ConsoleSessions.Session admin, String name) {
        return onWorld(() -> {
            Player t = inWorld(name);
            AdminActions.kick(ctx, t);
            LOG.info("Console: {} kicked {} (account {})", admin.account(), t.name(), t.account());
            return t.name() + " kicked.";
        });
    }

    /** @param length "30m", "12h", "7d", or empty for a permanent ban */
    public CompletableFuture<String> ban(ConsoleSessions.Session admin, String name, String length, String reason) {
        Duration d = length == null || length.isBlank() ? null : parseLength(length);
        String why = PlayerText.forRelay(reason == null ? "" : reason.strip());
        if (why.length() > 200) {
            throw new Refused("The reason is longer than 200 characters.");
        }
        return onWorld(() -> {
            Player t = inWorld(name);
            if (!login.ban(t.account(), d, why, "console:" + admin.account())) {
                throw new Refused("The login server is not reachable: nothing was banned.");
            }
            LOG.info(
                    "Console: {} banned account {} of {} {} ({})",
                    admin.account(),
                    t.account(),
                    t.name(),
                    d == null ? "permanently" : "for " + length,
                    PlayerText.forLog(why));
            return "Account " + t.account() + " of " + t.name() + " banned "
                    + (d == null ? "permanently" : "for " + length) + "; the login server kicks it.";
        });
    }

    public CompletableFuture<String> announce(ConsoleSessions.Session admin, String text) {
        String line = PlayerText.forRelay(text == null ? "" : text.strip());
        if (line.isEmpty()) {
            throw new Refused("Nothing to announce.");
        }
        if (line.length() > MAX_ANNOUNCEMENT) {
            throw new Refused("An announcement has at most " + MAX_ANNOUNCEMENT + " characters.");
        }
        return onWorld(() -> {
            AdminActions.announce(ctx, line);
            LOG.info("Console: {} announced: {}", admin.account(), PlayerText.forLog(line));
            return "Announced to " + ctx.world().onlineCount() + " player(s).";
        });
    }

    /** Starts (or restarts) the countdown of //shutdown or //restart; administrators only, as in game. */
    public CompletableFuture<String> shutdown(ConsoleSessions.Session admin, int seconds, boolean restart) {
        requireAdministrator(admin);
        if (seconds < 0 || seconds > 3600) {
            throw new Refused("The countdown is 0 to 3600 seconds.");
        }
        return onWorld(() -> {
            ctx.shutdown().start(seconds, restart, "console:" + admin.account());
            return (restart ? "Restart" : "Shutdown") + " in " + seconds + " s.";
        });
    }

    public CompletableFuture<String> abort(ConsoleSessions.Session admin) {
        requireAdministrator(admin);
        return onWorld(() ->
                ctx.shutdown().abort("console:" + admin.account()) ? "Countdown aborted." : "No countdown is running.");
    }

    public CompletableFuture<Boolean> countdownActive() {
        return onWorld(() -> ctx.shutdown().isActive());
    }

    private static void requireAdministrator(ConsoleSessions.Session admin) {
        if (admin.accessLevel() < BuiltinAdminCommands.ADMIN) {
            LOG.warn("Console: refused shutdown control to {} (access level {})", admin.account(), admin.accessLevel());
            throw new Refused("Shutdown and restart need access level " + BuiltinAdminCommands.ADMIN + ".");
        }
    }

    private Player inWorld(String name) {
        Player t = name == null ? null : ctx.world().player(name.strip());
        if (t == null) {
            throw new Refused(PlayerText.forRelay(String.valueOf(name)) + " is not in the world.");
        }
        return t;
    }

    private static Duration parseLength(String length) {
        if (!org.aden.game.admin.BanCommands.isDuration(length)) {
            throw new Refused("A ban lasts e.g. 30m, 12h or 7d (empty: permanent).");
        }
        return org.aden.game.admin.BanCommands.parse(length);
    }

    private <T> CompletableFuture<T> onWorld(Supplier<T> action) {
        CompletableFuture<T> f = new CompletableFuture<>();
        ctx.world().submit(() -> {
            try {
                f.complete(action.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }
}
