package org.aden.game.admin;

import java.util.List;
import org.aden.game.actor.Player;

/** One GM command ("//name args"). Runs on the world thread after the access check. */
public interface AdminCommand {
    String name();

    default List<String> aliases() {
        return List.of();
    }

    /** Lowest account access level allowed to use it. */
    int minAccessLevel();

    String usage();

    void execute(AdminContext ctx, Player gm, List<String> args);
}
