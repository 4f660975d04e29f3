package org.aden.game.admin;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aden.game.actor.Jail;
import org.aden.game.actor.Player;
import org.aden.game.actor.PlayerState;
import org.aden.game.auth.LoginGateway;
import org.aden.game.network.server.system.SystemMessage;

/**
 * //ban and //jail. A ban goes to the login server (it keeps the account bans): it stores it, logs it and has this
 * server kick the account with the reason shown. Jail stays on this server ({@link Jail}).
 */
public final class BanCommands {
    private static final Pattern DURATION = Pattern.compile("(\\d+)([mhd])");

    private BanCommands() {}

    public static AdminCommands register(AdminCommands r, LoginGateway login) {
        r.register(new SimpleAdminCommand(
                "ban",
                List.of("ban_acc"),
                BuiltinAdminCommands.GM,
                "ban playerName [30m|12h|7d] [reason]",
                (ctx, gm, a) -> {
                    Player t = ctx.world().player(a.isEmpty() ? "" : a.get(0));
                    if (t == null) {
                        ctx.reply(
                                gm,
                                (a.isEmpty() ? "Who" : a.get(0)) + " is not in the world (bin/aden.sh account"
                                        + " ban bans any account).");
                        return;
                    }
                    int next = 1;
                    Duration d = null;
                    if (a.size() > 1
                            && DURATION.matcher(a.get(1).toLowerCase(Locale.ROOT))
                                    .matches()) {
                        d = parse(a.get(1));
                        next = 2;
                    }
                    String reason = String.join(" ", a.subList(next, a.size()));
                    if (!login.ban(t.account(), d, reason, gm.name())) {
                        ctx.reply(gm, "The login server is not reachable: nothing was banned.");
                        return;
                    }
                    ctx.reply(
                            gm,
                            "Account " + t.account() + " of " + t.name() + " banned "
                                    + (d == null ? "permanently" : "for " + a.get(1)) + "; the login server kicks it.");
                }));
        r.register(new SimpleAdminCommand(
                "jail", List.of(), BuiltinAdminCommands.GM, "jail playerName", (ctx, gm, a) -> {
                    Player t = ctx.world().player(a.isEmpty() ? "" : a.get(0));
                    if (t == null) {
                        ctx.reply(gm, (a.isEmpty() ? "Who" : a.get(0)) + " is not in the world.");
                        return;
                    }
                    t.setAccessLevel(Jail.JAILED);
                    ctx.teleports().teleport(t, Jail.X, Jail.Y, Jail.Z);
                    ctx.sessions().save(t);
                    t.send(SystemMessage.freeText("You have been jailed by " + gm.name() + "."));
                    ctx.reply(gm, t.name() + " is in jail.");
                }));
        r.register(new SimpleAdminCommand(
                "unjail", List.of(), BuiltinAdminCommands.GM, "unjail playerName", (ctx, gm, a) -> {
                    Player t = ctx.world().player(a.isEmpty() ? "" : a.get(0));
                    if (t == null || !Jail.jailed(t.ownAccessLevel())) {
                        ctx.reply(gm, (a.isEmpty() ? "Who" : a.get(0)) + " is not in jail in the world.");
                        return;
                    }
                    t.setAccessLevel(PlayerState.INHERIT_ACCESS);
                    ctx.teleports().teleport(t, Jail.RELEASE_X, Jail.RELEASE_Y, Jail.RELEASE_Z);
                    ctx.sessions().save(t);
                    t.send(SystemMessage.freeText("You are free again."));
                    ctx.reply(gm, t.name() + " is out of jail.");
                }));
        return r;
    }

    /** True for a ban length //ban accepts: 30m, 12h, 7d. */
    public static boolean isDuration(String text) {
        return text != null && DURATION.matcher(text.toLowerCase(Locale.ROOT)).matches();
    }

    /** A ban length as //ban reads it (30m, 12h, 7d). */
    public static Duration parse(String text) {
        Matcher m = DURATION.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(text);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
