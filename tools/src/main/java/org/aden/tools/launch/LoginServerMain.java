package org.aden.tools.launch;

import org.aden.login.LoginConfig;
import org.aden.login.LoginServer;

/** bin/loginserver.sh: the login server as its own process. Argument: the config file (default config/loginserver.properties). */
public final class LoginServerMain {
    private LoginServerMain() {}

    public static void main(String[] args) {
        ServerProcess.nameLogFile("loginserver", args, "config/loginserver.properties");
        ServerProcess.run(
                "loginserver",
                args,
                "config/loginserver.properties",
                LoginConfig.SPEC,
                (file, c) -> ServerProcess.requireOwnSecret(
                        file,
                        c,
                        "login.link.secret",
                        LoginConfig.DEFAULT_LINK_SECRET,
                        "game.login.secret on every game server"),
                "aden_login",
                "classpath:db/login",
                LoginServer.MAPPERS,
                (config, db) -> {
                    LoginServer server = new LoginServer(LoginConfig.from(config), db.database());
                    server.start();
                    return server;
                });
    }
}
