package org.aden.game.admin;

import java.util.List;
import java.util.StringJoiner;
import org.aden.game.actor.Player;

/** The GM commands written in Java: movement, player management, announcements and server control. */
public final class BuiltinAdminCommands {
    /** Game master: moves around, manages players. */
    public static final int GM = 1;
    /** Administrator: server control and access levels. */
    public static final int ADMIN = 100;

    private BuiltinAdminCommands() {}

    public static AdminCommands registerAll(AdminCommands r) {
        r.register(cmd(
                "loc",
                List.of("where"),
                GM,
                "loc",
                (ctx, gm, a) -> ctx.reply(
                        gm, "Location: " + gm.x() + " " + gm.y() + " " + gm.z() + " heading " + gm.heading())));
        r.register(cmd("online", List.of("who"), GM, "online", (ctx, gm, a) -> {
            StringJoiner names = new StringJoiner(", ");
            int shown = 0;
            for (Player p : ctx.world().players()) {
                if (shown++ < 30) {
                    names.add(p.name() + (p.isConnected() ? "" : " (link lost)"));
                }
            }
            ctx.reply(gm, ctx.world().onlineCount() + " online: " + names + (shown > 30 ? ", ..." : ""));
        }));
        r.register(cmd("teleport", List.of("tele", "move_to"), GM, "teleport x y z", (ctx, gm, a) -> {
            need(a, 3);
            ctx.teleports().teleport(gm, parse(a.get(0)), parse(a.get(1)), parse(a.get(2)));
        }));
        r.register(cmd("goto", List.of(), GM, "goto playerName", (ctx, gm, a) -> {
            Player t = target(ctx, gm, a);
            if (t != null) {
                ctx.teleports().teleport(gm, t.x(), t.y(), t.z());
            }
        }));
        r.register(cmd("recall", List.of(), GM, "recall playerName", (ctx, gm, a) -> {
            Player t = target(ctx, gm, a);
            if (t != null) {
                ctx.teleports().teleport(t, gm.x(), gm.y(), gm.z());
                ctx.reply(gm, t.name() + " recalled.");
            }
        }));
        r.register(cmd("kick", List.of(), GM, "kick playerName", (ctx, gm, a) -> {
            Player t = target(ctx, gm, a);
            if (t != null) {
                AdminActions.kick(ctx, t);
                ctx.reply(gm, t.name() + " kicked.");
            }
        }));
        r.register(cmd("announce", List.of("announce_text"), GM, "announce text", (ctx, gm, a) -> {
            need(a, 1);
            AdminActions.announce(ctx, String.join(" ", a));
        }));
        r.register(cmd("setaccess", List.of("changelvl"), ADMIN, "setaccess playerName level", (ctx, gm, a) -> {
            need(a, 2);
            Player t = ctx.world().player(a.get(0));
            if (t == null) {
                ctx.reply(gm, a.get(0) + " is not in the world.");
                return;
            }
            t.setAccessLevel(parse(a.get(1)));
            ctx.sessions().save(t);
            ctx.reply(gm, t.name() + " now has access level " + t.accessLevel() + ".");
        }));
        r.register(cmd("shutdown", List.of(), ADMIN, "shutdown seconds", (ctx, gm, a) -> {
            need(a, 1);
            ctx.shutdown().start(parse(a.get(0)), false, gm.name());
        }));
        r.register(cmd("restart", List.of(), ADMIN, "restart seconds", (ctx, gm, a) -> {
            need(a, 1);
            ctx.shutdown().start(parse(a.get(0)), true, gm.name());
        }));
        r.register(cmd("abort", List.of(), ADMIN, "abort", (ctx, gm, a) -> {
            if (!ctx.shutdown().abort(gm.name())) {
                ctx.reply(gm, "No shutdown in progress.");
            }
        }));
        r.register(cmd(
                "tickstats",
                List.of("stats"),
                GM,
                "tickstats",
                (ctx, gm, a) -> ctx.reply(
                        gm,
                        "World " + ctx.world().tickStats().summary() + " online="
                                + ctx.world().onlineCount() + " commands: "
                                + ctx.commands().summary(8))));
        r.register(cmd("help", List.of(), GM, "help", (ctx, gm, a) -> {
            StringJoiner names = new StringJoiner(" ");
            // the registry is reachable through the closure only; list what this GM may use
            for (AdminCommand c : r.commands()) {
                if (gm.accessLevel() >= c.minAccessLevel()) {
                    names.add("//" + c.name());
                }
            }
            ctx.reply(gm, names.toString());
        }));
        return r;
    }

    private static SimpleAdminCommand cmd(
            String name, List<String> aliases, int level, String usage, SimpleAdminCommand.Body body) {
        return new SimpleAdminCommand(name, aliases, level, usage, body);
    }

    private static void need(List<String> args, int n) {
        if (args.size() < n) {
            throw new IllegalArgumentException("missing arguments");
        }
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(s);
        }
    }

    private static Player target(AdminContext ctx, Player gm, List<String> args) {
        need(args, 1);
        Player t = ctx.world().player(args.get(0));
        if (t == null) {
            ctx.reply(gm, args.get(0) + " is not in the world.");
        }
        return t;
    }
}
