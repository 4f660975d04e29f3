package org.aden.game.console;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.InstantSource;
import org.aden.common.db.DatabaseSettings;
import org.aden.game.admin.AdminContext;
import org.aden.game.auth.LoginGateway;
import org.aden.game.network.NetworkStats;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The administrators' web console of one game server: its pieces built and started together, stopped with the
 * server. Off unless {@code game.console.enabled}.
 */
public final class WebConsole implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(WebConsole.class);

    /** The schema the login server keeps its accounts in (run.sh and the docs' default). */
    static final String LOGIN_SCHEMA = "aden_login";

    private final LogTail log;
    private final LoginSchemaAccounts accounts;
    private final ConsoleServer server;

    private WebConsole(LogTail log, LoginSchemaAccounts accounts, ConsoleServer server) {
        this.log = log;
        this.accounts = accounts;
        this.server = server;
    }

    /**
     * Starts the console (null when disabled). A port in use stops the start like the game port.
     *
     * @param gameDb the game database's settings: the login schema is looked for on the same server unless
     *     configured
     */
    public static WebConsole start(
            ConsoleSettings settings,
            DatabaseSettings gameDb,
            AdminContext admin,
            LoginGateway login,
            NetworkStats network,
            InstantSource clock)
            throws IOException {
        if (!settings.enabled()) {
            return null;
        }
        LogTail log = new LogTail("console-tail-" + System.identityHashCode(settings), settings.logLines());
        log.attach();
        DatabaseSettings loginDb = loginDatabase(settings, gameDb);
        LoginSchemaAccounts accounts = new LoginSchemaAccounts(loginDb, clock);
        ConsoleServer server = new ConsoleServer(
                settings,
                accounts,
                new ConsoleSessions(settings.sessionTimeout(), clock, new SecureRandom()),
                new LoginAttempts(clock),
                new ConsoleActions(admin, login),
                new ConsoleStats(admin.world(), network),
                log);
        try {
            server.start();
        } catch (IOException | RuntimeException e) {
            accounts.close();
            log.detach();
            throw e;
        }
        LOG.info(
                "Web console on http://{}:{}/ (administrators from {})",
                settings.host(),
                server.port(),
                withoutQuery(loginDb.jdbcUrl()));
        return new WebConsole(log, accounts, server);
    }

    /** Where administrators are looked up: the configured URL, or schema aden_login beside the game schema. */
    static DatabaseSettings loginDatabase(ConsoleSettings s, DatabaseSettings gameDb) {
        if (!s.loginDbUrl().isBlank()) {
            return s.loginDbUser().isBlank()
                    ? new DatabaseSettings(s.loginDbUrl(), gameDb.user(), gameDb.password(), 2)
                    : new DatabaseSettings(s.loginDbUrl(), s.loginDbUser(), s.loginDbPassword(), 2);
        }
        String url = gameDb.jdbcUrl();
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int slash = base.indexOf('/', base.indexOf("//") + 2);
        String server = slash < 0 ? base : base.substring(0, slash);
        return new DatabaseSettings(server + "/" + LOGIN_SCHEMA + params, gameDb.user(), gameDb.password(), 2);
    }

    private static String withoutQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    /** The bound port. */
    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
        accounts.close();
        log.detach();
    }
}
