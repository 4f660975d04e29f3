package org.aden.game.script.api;

import java.util.List;

/**
 * A GM command written as a script ("//name args"): every {@code scripts/admin/*.groovy} evaluates to one. It
 * runs on the world thread after the server checked the GM's access level against {@link #minAccessLevel()};
 * throwing IllegalArgumentException shows the usage line.
 */
public interface AdminCommand {
    String name();

    default List<String> aliases() {
        return List.of();
    }

    int minAccessLevel();

    String usage();

    void execute(AdminContext ctx, PlayerView gm, List<String> args);
}
