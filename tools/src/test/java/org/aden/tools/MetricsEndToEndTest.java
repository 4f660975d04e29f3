package org.aden.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import org.aden.common.db.Database;
import org.aden.common.db.DatabaseSettings;
import org.aden.common.link.SessionKey;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameServer;
import org.aden.login.LoginServer;
import org.aden.login.account.AccountService;
import org.aden.login.account.PasswordHasher;
import org.aden.tools.client.game.WorldClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The metrics endpoints scraped over a real socket while a headless client plays: the online count and the packet
 * counters move, login results are counted, /health answers UP.
 */
class MetricsEndToEndTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static final Duration WAIT = Duration.ofSeconds(10);
    static DatabaseSettings gameSchema;
    static Database loginDb;
    static Database gameDb;
    static LoginServer login;
    static GameServer game;
    static AccountService accounts;

    static TestShard shard;

    @BeforeAll
    static void start() throws Exception {
        shard = TestShard.start(
                db,
                Map.of("login.metrics.enabled", "true", "login.metrics.port", "0"),
                Map.of("game.metrics.enabled", "true", "game.metrics.port", "0"));
        loginDb = shard.loginDb;
        gameSchema = shard.gameSchema;
        gameDb = shard.gameDb;
        login = shard.login;
        game = shard.game;
        accounts =
                new AccountService(loginDb.sqlSessionFactory(), new PasswordHasher(4), InstantSource.system(), false);
    }

    @AfterAll
    static void stop() {
        if (shard != null) {
            shard.close();
        }
    }

    static SessionKey keys(String account) throws IOException {
        return shard.keys(account);
    }

    static WorldClient enter(String account, String name) throws IOException {
        return shard.enter(account, name, WAIT);
    }

    static String get(int port, String path) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var res = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, res.statusCode(), path + ": " + res.body());
        return res.body();
    }

    /** The value of the sample whose line starts with {@code series} (name and tags as scraped), or -1. */
    static double value(String scrape, String series) {
        for (String line : scrape.split("\n")) {
            if (line.startsWith(series + " ") || line.startsWith(series + "{") && series.endsWith("}")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return -1;
    }

    static double sum(String scrape, String name) {
        double total = 0;
        for (String line : scrape.split("\n")) {
            if (line.startsWith(name + "{")) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    @Test
    void scrapedWhileAPlayerIsInTheWorld() throws Exception {
        int gamePort = game.metrics().port();
        int loginPort = login.metrics().port();
        assertTrue(gamePort > 0 && loginPort > 0, "both endpoints bound");
        String before = get(gamePort, "/metrics");
        assertEquals(0.0, value(before, "aden_players_online{process=\"gameserver\"}"));
        double outBefore = sum(before, "aden_packets_out_total");

        try (WorldClient c = enter("metrics1", "Metered")) {
            c.moveTo(c.me().x() + 100, c.me().y(), c.me().z());
            long deadline = System.nanoTime() + WAIT.toNanos();
            String during;
            do {
                Thread.sleep(100);
                during = get(gamePort, "/metrics");
            } while (value(during, "aden_players_online{process=\"gameserver\"}") != 1.0
                    && System.nanoTime() < deadline);
            assertEquals(1.0, value(during, "aden_players_online{process=\"gameserver\"}"), during);
            assertTrue(sum(during, "aden_packets_out_total") > outBefore, "server packets counted");
            assertTrue(
                    value(during, "aden_packets_in_total{process=\"gameserver\",type=\"EnterWorld\"}") >= 1,
                    "EnterWorld counted by type");
            assertTrue(
                    value(during, "aden_packets_out_total{process=\"gameserver\",type=\"UserInfo\"}") >= 1,
                    "UserInfo counted by type");
            assertTrue(sum(during, "aden_network_bytes_total") > 0, "bytes counted");
            assertTrue(during.contains("jvm_memory_used_bytes"), "JVM memory");
            assertTrue(during.contains("hikaricp_connections"), "database pool");
            assertTrue(value(during, "aden_world_ticks_total{process=\"gameserver\"}") > 0, "ticks");
        }
        assertTrue(get(gamePort, "/health").contains("\"status\":\"UP\""));
        String loginScrape = get(loginPort, "/metrics");
        assertTrue(
                value(loginScrape, "aden_login_results_total{process=\"loginserver\",result=\"success\"}") >= 1,
                loginScrape);
        assertTrue(get(loginPort, "/health").contains("UP"));
    }
}
