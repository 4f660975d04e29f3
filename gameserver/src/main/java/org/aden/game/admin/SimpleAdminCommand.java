package org.aden.game.admin;

import java.util.List;
import org.aden.game.actor.Player;

/** An admin command made of a name, a level, a usage line and a body. */
public record SimpleAdminCommand(String name, List<String> aliases, int minAccessLevel, String usage, Body body)
        implements AdminCommand {

    @FunctionalInterface
    public interface Body {
        void run(AdminContext ctx, Player gm, List<String> args);
    }

    @Override
    public void execute(AdminContext ctx, Player gm, List<String> args) {
        body.run(ctx, gm, args);
    }
}
