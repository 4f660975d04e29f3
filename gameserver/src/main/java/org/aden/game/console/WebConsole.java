package org.aden.game.console;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aden.common.db.DatabaseSettings;
import org.aden.game.admin.AdminContext;
import org.aden.game.auth.LoginGateway;
import org.aden.game.network.NetworkStats;
import org.aden.game.zone.MapRegions;
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
     * @param regions the datapack's map regions: their towns are marked on the map
     */
    public static WebConsole start(
            ConsoleSettings settings,
            DatabaseSettings gameDb,
            AdminContext admin,
            LoginGateway login,
            NetworkStats network,
            MapRegions regions,
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
                towns(regions),
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

    /** A town to mark on the map: its name and where its region's players restart. */
    record Town(String name, int x, int y) {}

    /** The towns and villages of the map regions, once each, at their first restart point. */
    static List<Town> towns(MapRegions regions) {
        Map<String, Town> byName = new LinkedHashMap<>();
        for (MapRegions.Region r : regions.regions()) {
            String t = r.town();
            if ((t.contains("Town") || t.contains("Village"))
                    && !r.restartPoints().isEmpty()) {
                MapRegions.Point p = r.restartPoints().get(0);
                byName.putIfAbsent(t, new Town(t, p.x(), p.y()));
            }
        }
        return List.copyOf(byName.values());
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
