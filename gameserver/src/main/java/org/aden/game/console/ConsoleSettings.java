package org.aden.game.console;

import java.time.Duration;
import org.aden.common.config.Config;
import org.aden.common.config.ConfigSpec;

/**
 * The administrators' web console: off unless enabled, on loopback by default.
 *
 * @param enabled serve the console
 * @param host the address it binds to
 * @param port its port (0: any free port)
 * @param sessionTimeout a session ends after this long without a request
 * @param logLines how many recent log lines the console keeps in memory
 * @param loginDbUrl JDBC URL of the login server's schema (aden_login); empty: the game database's server with
 *     schema aden_login and the game database's credentials (right for ./run.sh and a shared MariaDB)
 * @param loginDbUser its user (empty: the game database's)
 * @param loginDbPassword its password (used only with loginDbUser)
 */
public record ConsoleSettings(
        boolean enabled,
        String host,
        int port,
        Duration sessionTimeout,
        int logLines,
        String loginDbUrl,
        String loginDbUser,
        String loginDbPassword) {

    public static final ConfigSpec SPEC = ConfigSpec.builder("Aden web console")
            .section("Web console")
            .boolKey(
                    "game.console.enabled",
                    false,
                    "Serve the administrators' web console (players on a map, kick, ban, announce, shutdown,"
                            + "\ncharts, recent log lines). Log in with an account of access level 1 or more.")
            .stringKey(
                    "game.console.host",
                    "127.0.0.1",
                    "Address the console binds to. It speaks plain HTTP: keep it on loopback and reach it"
                            + "\nthrough an SSH tunnel or a TLS reverse proxy.")
            .intKey("game.console.port", 9180, 0, 65535, "Port of the console (0: any free port).")
            .durationKey(
                    "game.console.session-timeout", "30m", "A console session ends after this long without a request.")
            .intKey("game.console.log-lines", 200, 10, 5000, "Recent log lines the console shows.")
            .stringKey(
                    "game.console.login-db.url",
                    "",
                    "JDBC URL of the login server's schema, read to check administrators' passwords, e.g."
                            + "\njdbc:mariadb://127.0.0.1:3306/aden_login. Empty: schema aden_login on the game"
                            + " database's server,\nwith the game database's credentials.")
            .stringKey(
                    "game.console.login-db.user",
                    "",
                    "User for game.console.login-db.url (empty: the game database's user and password);"
                            + "\nit needs SELECT on accounts and account_bans only.")
            .secretKey("game.console.login-db.password", "", "Password of game.console.login-db.user.")
            .build();

    public static ConsoleSettings from(Config c) {
        return new ConsoleSettings(
                c.getBool("game.console.enabled"),
                c.getString("game.console.host"),
                c.getInt("game.console.port"),
                c.getDuration("game.console.session-timeout"),
                c.getInt("game.console.log-lines"),
                c.getString("game.console.login-db.url"),
                c.getString("game.console.login-db.user"),
                c.getString("game.console.login-db.password"));
    }

    @Override
    public String toString() { // never the password
        return "ConsoleSettings[" + (enabled ? "on " + host + ":" + port : "off") + "]";
    }
}
