package org.aden.tools.launch;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.aden.game.GameConfig;
import org.aden.game.GameServer;
import org.aden.game.content.WorldData;

/** bin/gameserver.sh: a game server as its own process. Argument: the config file (default config/gameserver.properties). */
public final class GameServerMain {
    private GameServerMain() {}

    public static void main(String[] args) {
        AtomicReference<CompletableFuture<WorldData>> content = new AtomicReference<>();
        ServerProcess.nameLogFile("gameserver", args, "config/gameserver.properties");
        ServerProcess.run(
                "gameserver",
                args,
                "config/gameserver.properties",
                GameConfig.SPEC,
                (file, c) -> {
                    ServerProcess.requireOwnSecret(
                            file,
                            c,
                            "game.login.secret",
                            GameConfig.DEFAULT_LINK_SECRET,
                            "login.link.secret on the login server");
                    // the datapack is read while the database pool opens and Flyway checks the schema
                    content.set(GameServer.loadContent(GameConfig.from(c)));
                },
                "aden_game",
                "classpath:db/game",
                GameServer.MAPPERS,
                (config, db) -> {
                    GameServer server = new GameServer(GameConfig.from(config), db.database());
                    server.start(content.get());
                    return server;
                });
    }
}
