package org.aden.game.script;

import java.util.List;
import org.aden.game.actor.Player;
import org.aden.game.admin.AdminCommand;
import org.aden.game.admin.AdminContext;

/**
 * {@code //reload scripts [name]}: recompiles every NPC, bypass, event, quest and GM command script (or the one named) off the world thread,
 * then swaps the result in on it. Problems go to the GM and the log, each with its file and line; a script that
 * fails keeps its running version. Any other {@code //reload ...} goes to the command it replaces (the datapack's).
 */
public final class ReloadScriptsCommand implements AdminCommand {
    private final ScriptHost host;
    private final AdminCommand others;

    /** @param others the {@code //reload} registered before (e.g. {@code //reload datapack}), or null */
    public ReloadScriptsCommand(ScriptHost host, AdminCommand others) {
        this.host = host;
        this.others = others;
    }

    @Override
    public String name() {
        return "reload";
    }

    @Override
    public int minAccessLevel() {
        return org.aden.game.admin.BuiltinAdminCommands.ADMIN;
    }

    @Override
    public String usage() {
        return "reload scripts [name]" + (others == null ? "" : " | " + others.usage());
    }

    @Override
    public void execute(AdminContext ctx, Player gm, List<String> args) {
        if (others != null && !args.isEmpty() && !args.get(0).equalsIgnoreCase("scripts")) {
            others.execute(ctx, gm, args);
            return;
        }
        if (args.isEmpty() || !args.get(0).equalsIgnoreCase("scripts") || args.size() > 2) {
            throw new IllegalArgumentException("reload what");
        }
        String name = args.size() == 2 ? args.get(1) : null;
        ctx.reply(gm, "Compiling " + (name == null ? "every script" : name) + "...");
        Thread.ofVirtual().name("script-reload").start(() -> {
            ScriptSet set = host.compile(name);
            ctx.world().submit(() -> {
                for (String line : host.apply(set)) {
                    if (gm.isConnected()) {
                        ctx.reply(gm, line.length() > 400 ? line.substring(0, 400) + "..." : line);
                    }
                }
            });
        });
    }
}
