package org.aden.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.aden.common.config.ConfigLoader;
import org.aden.common.db.Database;
import org.aden.common.db.DatabaseSettings;
import org.aden.common.link.SessionKey;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameConfig;
import org.aden.game.GameServer;
import org.aden.login.LoginConfig;
import org.aden.login.LoginServer;
import org.aden.login.account.AccountService;
import org.aden.login.account.PasswordHasher;
import org.aden.tools.client.game.GameConnection;
import org.aden.tools.client.game.GameServerPackets.CharInfo;
import org.aden.tools.client.game.WorldClient;
import org.aden.tools.client.game.WorldPackets;
import org.aden.tools.client.login.LoginClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web console against real servers: its HTTP rules (session cookie, CSRF token, login rate limit, rights) over
 * a real socket, and an administrator in a real headless Chromium (Selenium) who logs in, sees a headless-client
 * player on the world map and kicks them, which closes that client's connection.
 */
class ConsoleEndToEndTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static final String SECRET = "console-e2e-secret";
    static final Duration WAIT = Duration.ofSeconds(10);
    static Database loginDb;
    static Database gameDb;
    static LoginServer login;
    static GameServer game;
    static AccountService accounts;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        DatabaseSettings loginSchema = db.newSchema();
        loginDb = Database.open(loginSchema, "classpath:db/login", LoginServer.MAPPERS);
        gameDb = Database.open(db.newSchema(), "classpath:db/game", GameServer.MAPPERS);
        login = new LoginServer(
                LoginConfig.from(ConfigLoader.load(
                        null,
                        LoginConfig.SPEC,
                        Map.of(),
                        Map.of(
                                "login.client.host", "127.0.0.1",
                                "login.client.port", "0",
                                "login.link.port", "0",
                                "login.link.secret", SECRET,
                                "login.auto-create", "true",
                                "login.bcrypt-cost", "4",
                                "login.rsa-pool-size", "2"))),
                loginDb);
        login.start();
        game = new GameServer(
                GameConfig.from(ConfigLoader.load(
                        null,
                        GameConfig.SPEC,
                        Map.of(),
                        Map.ofEntries(
                                Map.entry("game.host", "127.0.0.1"),
                                Map.entry("game.port", "0"),
                                Map.entry("game.login.port", Integer.toString(login.linkPort())),
                                Map.entry("game.login.secret", SECRET),
                                Map.entry(
                                        "game.datapack",
                                        Path.of(System.getProperty("aden.root", ".."), "datapack")
                                                .toAbsolutePath()
                                                .toString()),
                                Map.entry("game.world.linger", "1s"),
                                Map.entry("game.world.spawn-npcs", "false"),
                                Map.entry("game.console.enabled", "true"),
                                Map.entry("game.console.port", "0"),
                                Map.entry("game.console.login-db.url", loginSchema.jdbcUrl()),
                                Map.entry("game.console.login-db.user", loginSchema.user()),
                                Map.entry("game.console.login-db.password", loginSchema.password())))),
                gameDb);
        game.start();
        assertTrue(game.link().awaitConnected(Duration.ofSeconds(10)));
        accounts =
                new AccountService(loginDb.sqlSessionFactory(), new PasswordHasher(4), InstantSource.system(), false);
        base = "http://127.0.0.1:" + game.console().port();
        assertTrue(accounts.create("chief", "secret12", 100));
        assertTrue(accounts.create("warden", "secret12", 1));
        assertTrue(accounts.create("player1", "secret12", 0));
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {game, login, gameDb, loginDb}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // best effort
            }
        }
    }

    static WorldClient enter(String account, String name) throws IOException {
        SessionKey k;
        try (LoginClient c = LoginClient.connect("127.0.0.1", login.clientPort())) {
            assertTrue(c.login(account, "secret12").ok(), "login of " + account);
            c.serverList();
            assertTrue(c.requestServerLogin(1).ok(), "PlayOk");
            k = c.sessionKey();
        }
        GameConnection c = GameConnection.connect("127.0.0.1", game.port());
        c.protocolVersion(746);
        List<CharInfo> chars = c.authLogin(account, k);
        if (chars.isEmpty()) {
            assertTrue(c.createCharacter(name, 0, 0, 0, 0, 0, 0).ok(), "character created");
        }
        c.select(0);
        return WorldClient.enter(c, true, null, WAIT);
    }

    // ---- plain HTTP ----

    record Reply(int status, String body, Optional<String> setCookie, java.net.http.HttpHeaders headers) {}

    static final HttpClient HTTP = HttpClient.newBuilder().build();

    static Reply send(HttpClient http, String method, String path, Map<String, String> form, String... headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(WAIT);
        if (headers.length > 0) {
            b.headers(headers);
        }
        if ("POST".equals(method)) {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            b.POST(HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.GET();
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Set-Cookie"), r.headers());
    }

    static final String FORM = "application/x-www-form-urlencoded";

    static Reply loginAs(HttpClient http, String account, String password) throws Exception {
        return send(http, "POST", "/api/login", Map.of("account", account, "password", password), "Content-Type", FORM);
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return m.group(1);
    }

    /** The cookie header value of a login reply, after checking its flags. */
    static String cookieOf(Reply r) {
        assertEquals(200, r.status(), r.body());
        String c = r.setCookie().orElseThrow();
        assertTrue(c.contains("HttpOnly"), c);
        assertTrue(c.contains("SameSite=Strict"), c);
        assertTrue(c.contains("Max-Age=1800"), "expires with the idle timeout: " + c);
        String value = c.substring(0, c.indexOf(';'));
        assertTrue(value.matches("aden_console=[A-Za-z0-9_-]{22}"), "128 random bits: " + value);
        return value;
    }

    @Test
    void theApiNeedsASessionAndACsrfTokenAndRateLimitsLogins() throws Exception {
        Reply page = send(HTTP, "GET", "/", Map.of());
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Aden console"));
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("default-src 'none'"), "no inline code: " + csp);
        assertEquals(
                "nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(401, send(HTTP, "GET", "/api/players", Map.of()).status(), "no session");
        assertEquals(
                401,
                send(HTTP, "GET", "/api/players", Map.of(), "Cookie", "aden_console=forged")
                        .status());
        assertEquals(401, loginAs(HTTP, "chief", "wrong-pw").status());
        assertEquals(401, loginAs(HTTP, "player1", "secret12").status(), "a player's account is not enough");
        assertEquals(401, loginAs(HTTP, "nosuch", "secret12").status());

        String cookie = cookieOf(loginAs(HTTP, "chief", "secret12"));
        Reply session = send(HTTP, "GET", "/api/session", Map.of(), "Cookie", cookie);
        assertEquals(200, session.status());
        String csrf = field(session.body(), "csrf");

        try (WorldClient listener = enter("listener", "Listener")) {
            int mark = listener.mark();
            Map<String, String> announce = Map.of("text", "Maintenance at noon");
            assertEquals(
                    403,
                    send(HTTP, "POST", "/api/announce", announce, "Cookie", cookie, "Content-Type", FORM)
                            .status(),
                    "no CSRF token");
            assertEquals(
                    403,
                    send(
                                    HTTP,
                                    "POST",
                                    "/api/announce",
                                    announce,
                                    "Cookie",
                                    cookie,
                                    "Content-Type",
                                    FORM,
                                    "X-CSRF-Token",
                                    csrf.substring(1) + "x")
                            .status(),
                    "a wrong token");
            assertEquals(
                    415,
                    send(
                                    HTTP,
                                    "POST",
                                    "/api/announce",
                                    announce,
                                    "Cookie",
                                    cookie,
                                    "Content-Type",
                                    "application/json",
                                    "X-CSRF-Token",
                                    csrf)
                            .status(),
                    "only form bodies");
            assertTrue(
                    listener.awaitAfter(
                                    mark,
                                    p -> WorldPackets.opcode(p) == WorldPackets.CREATURE_SAY,
                                    Duration.ofMillis(500))
                            == null,
                    "nothing announced by the refused requests");
            Reply ok = send(
                    HTTP,
                    "POST",
                    "/api/announce",
                    announce,
                    "Cookie",
                    cookie,
                    "Content-Type",
                    FORM,
                    "X-CSRF-Token",
                    csrf);
            assertEquals(200, ok.status(), ok.body());
            byte[] say = listener.awaitAfter(mark, p -> WorldPackets.opcode(p) == WorldPackets.CREATURE_SAY, WAIT);
            assertNotNull(say, "the announcement reached the player");
            assertEquals("Maintenance at noon", WorldPackets.say(say).text());
        }
        Reply log = send(HTTP, "GET", "/api/log", Map.of(), "Cookie", cookie);
        assertTrue(log.body().contains("Console: chief announced: Maintenance at noon"), log.body());

        // a GM may log in but not stop the server (as //shutdown in game)
        String gm = cookieOf(loginAs(HTTP, "warden", "secret12"));
        String gmCsrf =
                field(send(HTTP, "GET", "/api/session", Map.of(), "Cookie", gm).body(), "csrf");
        Reply refused = send(
                HTTP,
                "POST",
                "/api/shutdown",
                Map.of("seconds", "600", "mode", "shutdown"),
                "Cookie",
                gm,
                "Content-Type",
                FORM,
                "X-CSRF-Token",
                gmCsrf);
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("access level 100"), refused.body());
        assertEquals(
                403,
                send(
                                HTTP,
                                "POST",
                                "/api/kick",
                                Map.of("name", "x"),
                                "Cookie",
                                gm,
                                "Content-Type",
                                FORM,
                                "X-CSRF-Token",
                                csrf)
                        .status(),
                "another session's token");

        assertEquals(
                200,
                send(
                                HTTP,
                                "POST",
                                "/api/logout",
                                Map.of(),
                                "Cookie",
                                cookie,
                                "Content-Type",
                                FORM,
                                "X-CSRF-Token",
                                csrf)
                        .status());
        assertEquals(
                401,
                send(HTTP, "GET", "/api/session", Map.of(), "Cookie", cookie).status(),
                "logged out");

        // five wrong passwords from one address block it, even for the right password; other addresses still log in
        HttpClient other = HttpClient.newBuilder()
                .localAddress(InetAddress.getByName("127.0.0.2"))
                .build();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, loginAs(other, "chief", "guess" + i).status());
        }
        Reply blocked = loginAs(other, "chief", "secret12");
        assertEquals(429, blocked.status(), blocked.body());
        assertTrue(blocked.body().contains("try again in 15 min"), blocked.body());
        assertEquals(200, loginAs(HTTP, "chief", "secret12").status(), "127.0.0.1 is not blocked");
    }

    // ---- a real browser ----

    static Optional<File> onPath(String... names) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String n : names) {
                File f = new File(dir, n);
                if (f.canExecute()) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void anAdministratorSeesThePlayerOnTheMapAndKicksThem() throws Exception {
        Optional<File> chromium = onPath("chromium", "chromium-browser");
        Optional<File> driverBinary = onPath("chromedriver");
        String missing =
                "chromium and chromedriver are not on PATH (Debian: apt-get install -y chromium" + " chromium-driver)";
        boolean found = chromium.isPresent() && driverBinary.isPresent();
        if ("required".equals(System.getenv("ADEN_BROWSER_TEST"))) {
            assertTrue(found, "ADEN_BROWSER_TEST=required (CI), but " + missing);
        }
        assumeTrue(found, "browser test skipped: " + missing);
        Path profile = Files.createTempDirectory("aden-console-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverBinary.get())
                .usingAnyFreePort()
                .build();
        WebDriver browser = new ChromeDriver(service, options);
        try (WorldClient player = enter("mapped", "Mapped")) {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            browser.get(base + "/");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account")))
                    .sendKeys("chief");
            browser.findElement(By.id("password")).sendKeys("secret12");
            browser.findElement(By.id("login-button")).click();

            WebElement dot = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#world-map circle.player-dot[data-name='Mapped']")));
            assertEquals(Integer.toString(player.me().x()), dot.getAttribute("cx"), "drawn where the player stands");
            assertEquals(Integer.toString(player.me().y()), dot.getAttribute("cy"));
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//*[local-name()='text' and @class='town-label' and text()='Talking Island Town']")));
            assertFalse(browser.manage().getCookies().isEmpty());
            assertTrue(browser.manage().getCookieNamed("aden_console").isHttpOnly());
            assertEquals(
                    null,
                    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return document.cookie || null"),
                    "the session cookie is out of the page's reach");

            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.kick[data-name='Mapped']")))
                    .click();
            wait.until(ExpectedConditions.alertIsPresent()).accept();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Mapped kicked."));

            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!player.isClosed() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(player.isClosed(), "the kicked player's connection is closed");
            wait.until(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector("#world-map circle.player-dot[data-name='Mapped']"), 0));
            wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("log"), "Console: chief kicked Mapped"));
        } finally {
            browser.quit();
        }
    }
}
