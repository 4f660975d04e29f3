package org.aden.tools.launch;

import org.aden.game.GameConfig;
import org.aden.game.GameServer;

/** bin/gameserver.sh: a game server as its own process. Argument: the config file (default config/gameserver.properties). */
public final class GameServerMain {
    private GameServerMain() {}

    public static void main(String[] args) {
        ServerProcess.nameLogFile("gameserver", args, "config/gameserver.properties");
        ServerProcess.run(
                "gameserver",
                args,
                "config/gameserver.properties",
                GameConfig.SPEC,
                (file, c) -> ServerProcess.requireOwnSecret(
                        file,
                        c,
                        "game.login.secret",
                        GameConfig.DEFAULT_LINK_SECRET,
                        "login.link.secret on the login server"),
                "aden_game",
                "classpath:db/game",
                GameServer.MAPPERS,
                (config, db) -> {
                    GameServer server = new GameServer(GameConfig.from(config), db.database());
                    server.start();
                    return server;
                });
    }
}
