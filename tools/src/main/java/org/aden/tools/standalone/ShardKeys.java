package org.aden.tools.standalone;

/** The config keys the standalone launcher sets from its command-line options. */
final class ShardKeys {
    static final String LOGIN_CLIENT_PORT = "login.client.port";
    static final String LOGIN_LINK_PORT = "login.link.port";
    static final String LOGIN_AUTO_CREATE = "login.auto-create";
    static final String GAME_PORT = "game.port";
    static final String GAME_ADVERTISE = "game.public-host";
    static final String GAME_ADVERTISE_SUBNETS = "game.public-hosts";
    static final String GAME_LINK_HOST = "game.login.host";
    static final String GAME_LINK_PORT = "game.login.port";

    private ShardKeys() {}
}
