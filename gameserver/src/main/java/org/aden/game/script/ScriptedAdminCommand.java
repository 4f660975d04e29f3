package org.aden.game.script;

import java.util.List;
import org.aden.game.actor.Player;
import org.aden.game.admin.AdminCommand;
import org.aden.game.admin.AdminContext;
import org.aden.game.script.api.PlayerView;
import org.aden.game.script.api.Players;

/** A script's GM command as the engine's registry runs it: engine types in, script-API views out. */
final class ScriptedAdminCommand implements AdminCommand {
    private final org.aden.game.script.api.AdminCommand script;

    ScriptedAdminCommand(org.aden.game.script.api.AdminCommand script) {
        this.script = script;
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
        script.execute(context(ctx, gm), new View(gm), args);
    }

    private static org.aden.game.script.api.AdminContext context(AdminContext ctx, Player gm) {
        Players players = new Players() {
            @Override
            public PlayerView find(String name) {
                Player p = ctx.world().player(name);
                return p == null ? null : new View(p);
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

    /** A read-only view of a player for scripts. */
    private record View(Player p) implements PlayerView {
        @Override
        public String name() {
            return p.name();
        }

        @Override
        public String account() {
            return p.account();
        }

        @Override
        public int level() {
            return p.level();
        }

        @Override
        public int classId() {
            return p.classId();
        }

        @Override
        public int accessLevel() {
            return p.accessLevel();
        }

        @Override
        public int x() {
            return p.x();
        }

        @Override
        public int y() {
            return p.y();
        }

        @Override
        public int z() {
            return p.z();
        }

        @Override
        public boolean isConnected() {
            return p.isConnected();
        }
    }
}
