package org.aden.game.script;

import java.util.List;
import org.aden.game.actor.Player;
import org.aden.game.admin.AdminCommand;
import org.aden.game.admin.AdminContext;
import org.aden.game.script.api.PlayerView;
import org.aden.game.script.api.Players;

/**
 * A script's GM command as the engine's registry runs it: engine types in, script-API views out. A reload swaps the
 * script behind it (world thread), so the registry keeps the same entry.
 */
final class ScriptedAdminCommand implements AdminCommand {
    private org.aden.game.script.api.AdminCommand script;

    ScriptedAdminCommand(org.aden.game.script.api.AdminCommand script) {
        this.script = script;
    }

    void replace(org.aden.game.script.api.AdminCommand next) {
        script = next;
    }

    @Override
    public String name() {
        return script.name();
    }

    @Override
    public List<String> aliases() {
        return script.aliases();
    }

    @Override
    public int minAccessLevel() {
        return script.minAccessLevel();
    }

    @Override
    public String usage() {
        return script.usage();
    }

    @Override
    public void execute(AdminContext ctx, Player gm, List<String> args) {
        script.execute(context(ctx, gm), ScriptViews.of(gm), args);
    }

    private static org.aden.game.script.api.AdminContext context(AdminContext ctx, Player gm) {
        Players players = new Players() {
            @Override
            public PlayerView find(String name) {
                Player p = ctx.world().player(name);
                return p == null ? null : ScriptViews.of(p);
            }

            @Override
            public int online() {
                return ctx.world().onlineCount();
            }
        };
        return new org.aden.game.script.api.AdminContext() {
            @Override
            public void reply(PlayerView to, String text) {
                // scripts answer the GM who typed the command
                ctx.reply(gm, text);
            }

            @Override
            public Players players() {
                return players;
            }
        };
    }
}
