package org.aden.game.script;

import java.util.List;
import org.aden.game.actor.Player;
import org.aden.game.admin.AdminCommand;
import org.aden.game.admin.AdminContext;

/**
 * {@code //reload scripts [name]}: recompiles every NPC and bypass script (or the one named) off the world thread,
 * then swaps the result in on it. Problems go to the GM and the log, each with its file and line; a script that
 * fails keeps its running version.
 */
public final class ReloadScriptsCommand implements AdminCommand {
    private final ScriptHost host;

    public ReloadScriptsCommand(ScriptHost host) {
        this.host = host;
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
        return "reload scripts [name]";
    }

    @Override
    public void execute(AdminContext ctx, Player gm, List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("scripts") || args.size() > 2) {
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
