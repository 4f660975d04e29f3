package org.aden.game.console;

import static org.aden.game.console.HttpReplies.cookie;
import static org.aden.game.console.HttpReplies.form;
import static org.aden.game.console.HttpReplies.json;
import static org.aden.game.console.HttpReplies.secureHeaders;
import static org.aden.game.console.HttpReplies.servePage;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.aden.game.admin.BuiltinAdminCommands;
import org.aden.game.console.ConsoleSessions.Session;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The console's HTTP side on the JDK's own server (like the metrics endpoint; the console needs nothing more): the
 * page and its script from resources, and a small JSON API. Every API call but login needs the session cookie
 * (HttpOnly, SameSite=Strict); every POST also needs the session's CSRF token in {@value #CSRF_HEADER} and a form
 * body. Logins are rate limited per address. Replies carry a strict Content-Security-Policy (only our own script,
 * no inline code), so text from players or logs can never run in the page.
 */
final class ConsoleServer implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(ConsoleServer.class);

    static final String COOKIE = "aden_console";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final long WORLD_TIMEOUT_SECONDS = 5;

    /** Interlude's world: map tiles 16-26 by 10-25, 32768 units each (the map draws this rectangle). */
    static final int MIN_X = -131072;

    static final int MAX_X = 229376;
    static final int MIN_Y = -262144;
    static final int MAX_Y = 262144;

    private final ConsoleSettings settings;
    private final ConsoleSessions sessions;
    private final ConsoleLogin login;
    private final ConsoleActions actions;
    private final ConsoleStats stats;
    private final List<WebConsole.Town> towns;
    private final LogTail log;
    private HttpServer http;
    private ExecutorService executor;

    ConsoleServer(
            ConsoleSettings settings,
            ConsoleAccounts accounts,
            ConsoleSessions sessions,
            LoginAttempts attempts,
            ConsoleActions actions,
            ConsoleStats stats,
            List<WebConsole.Town> towns,
            LogTail log) {
        this.settings = settings;
        this.sessions = sessions;
        this.login = new ConsoleLogin(accounts, sessions, attempts);
        this.actions = actions;
        this.stats = stats;
        this.towns = towns;
        this.log = log;
    }

    void start() throws IOException {
        try {
            http = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 16);
        } catch (IOException e) {
            throw new IOException(
                    "cannot serve the console on " + settings.host() + ":" + settings.port() + " (game.console.port): "
                            + e.getMessage(),
                    e);
        }
        // two threads: a bcrypt check (~0.1 s) must not stall the page's polling
        executor = Executors.newFixedThreadPool(
                2, Thread.ofPlatform().name("game-console-", 0).daemon(true).factory());
        http.setExecutor(executor);
        http.createContext("/", this::handle);
        http.start();
    }

    int port() {
        return http == null ? -1 : http.getAddress().getPort();
    }

    private void handle(HttpExchange x) throws IOException {
        try {
            secureHeaders(x.getResponseHeaders());
            String path = x.getRequestURI().getPath();
            String method = x.getRequestMethod();
            if (!path.startsWith("/api/")) {
                servePage(x, method, path);
                return;
            }
            if ("POST".equals(method) && "/api/login".equals(path)) {
                login.handle(x);
                return;
            }
            Optional<Session> session = sessions.touch(cookie(x.getRequestHeaders(), COOKIE));
            if (session.isEmpty()) {
                json(x, 401, Map.of("error", "Not logged in."));
                return;
            }
            Session s = session.get();
            // the browser's copy expires with the server's idle timer, which this request restarted
            x.getResponseHeaders().set("Set-Cookie", sessionCookie(s, sessions));
            if ("GET".equals(method)) {
                get(x, s, path);
            } else if ("POST".equals(method)) {
                if (!s.csrfMatches(x.getRequestHeaders().getFirst(CSRF_HEADER))) {
                    LOG.warn("Console: POST {} from {} without a valid CSRF token refused", path, s.account());
                    json(x, 403, Map.of("error", "Missing or wrong CSRF token: reload the page."));
                    return;
                }
                Map<String, String> form = form(x);
                if (form == null) {
                    return;
                }
                post(x, s, path, form);
            } else {
                json(x, 405, Map.of("error", "GET or POST only."));
            }
        } catch (RuntimeException e) {
            LOG.warn("Console request {} failed: {}", x.getRequestURI().getPath(), e.toString());
            try {
                json(x, 500, Map.of("error", "Internal error."));
            } catch (IOException | RuntimeException ignored) {
                // the reply was already under way
            }
        } finally {
            x.close();
        }
    }

    private void get(HttpExchange x, Session s, String path) throws IOException {
        switch (path) {
            case "/api/session" -> json(x, 200, sessionJson(s));
            case "/api/towns" ->
                json(
                        x,
                        200,
                        Map.of(
                                "towns",
                                towns.stream()
                                        .map(t -> Map.of("name", t.name(), "x", t.x(), "y", t.y()))
                                        .toList()));
            case "/api/players" -> {
                List<ConsoleActions.PlayerDot> dots = await(x, actions.players());
                if (dots == null) {
                    return;
                }
                List<Map<String, Object>> players = dots.stream()
                        .map(p -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("name", p.name());
                            m.put("account", p.account());
                            m.put("x", p.x());
                            m.put("y", p.y());
                            m.put("z", p.z());
                            m.put("level", p.level());
                            m.put("classId", p.classId());
                            m.put("connected", p.connected());
                            return m;
                        })
                        .toList();
                json(
                        x,
                        200,
                        Map.of(
                                "bounds",
                                Map.of("minX", MIN_X, "maxX", MAX_X, "minY", MIN_Y, "maxY", MAX_Y),
                                "players",
                                players));
            }
            case "/api/stats" -> {
                Map<String, Object> m = new LinkedHashMap<>(stats.now());
                Boolean countdown = await(x, actions.countdownActive());
                if (countdown == null) {
                    return;
                }
                m.put("countdown", countdown);
                json(x, 200, m);
            }
            case "/api/log" -> {
                long after = 0;
                String q = x.getRequestURI().getRawQuery();
                if (q != null && q.startsWith("after=")) {
                    try {
                        after = Long.parseLong(q.substring("after=".length()));
                    } catch (NumberFormatException e) {
                        json(x, 400, Map.of("error", "after must be a number."));
                        return;
                    }
                }
                List<Map<String, Object>> lines = log.since(after).stream()
                        .map(l -> Map.<String, Object>of("seq", l.seq(), "text", l.text()))
                        .toList();
                json(x, 200, Map.of("lines", lines));
            }
            default -> json(x, 404, Map.of("error", "No such page."));
        }
    }

    private void post(HttpExchange x, Session s, String path, Map<String, String> f) throws IOException {
        CompletableFuture<String> result;
        try {
            result = switch (path) {
                case "/api/logout" -> {
                    sessions.end(s.id());
                    LOG.info("Console: {} logged out", s.account());
                    x.getResponseHeaders()
                            .set("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
                    yield CompletableFuture.completedFuture("Logged out.");
                }
                case "/api/kick" -> actions.kick(s, f.get("name"));
                case "/api/ban" -> actions.ban(s, f.get("name"), f.get("length"), f.get("reason"));
                case "/api/announce" -> actions.announce(s, f.get("text"));
                case "/api/shutdown" -> actions.shutdown(s, seconds(f.get("seconds")), "restart".equals(f.get("mode")));
                case "/api/abort" -> actions.abort(s);
                default -> null;
            };
        } catch (ConsoleActions.Refused e) {
            json(x, 400, Map.of("error", e.getMessage()));
            return;
        }
        if (result == null) {
            json(x, 404, Map.of("error", "No such action."));
            return;
        }
        String message = await(x, result);
        if (message != null) {
            json(x, 200, Map.of("message", message));
        }
    }

    private static int seconds(String s) {
        try {
            return Integer.parseInt(s == null ? "" : s.strip());
        } catch (NumberFormatException e) {
            throw new ConsoleActions.Refused("The countdown is a number of seconds.");
        }
    }

    /** The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site sends it). */
    static String sessionCookie(Session s, ConsoleSessions sessions) {
        return COOKIE + "=" + s.id() + "; Path=/; Max-Age="
                + sessions.idleTimeout().toSeconds() + "; HttpOnly; SameSite=Strict";
    }

    static Map<String, Object> sessionJson(Session s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account", s.account());
        m.put("accessLevel", s.accessLevel());
        m.put("administrator", s.accessLevel() >= BuiltinAdminCommands.ADMIN);
        m.put("csrf", s.csrf());
        return m;
    }

    /** The result, or null after replying 503/400 itself when the world did not answer or refused. */
    private static <T> T await(HttpExchange x, CompletableFuture<T> f) throws IOException {
        try {
            return f.get(WORLD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            json(x, 503, Map.of("error", "The world did not answer in " + WORLD_TIMEOUT_SECONDS + " s."));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ConsoleActions.Refused r) {
                json(x, 400, Map.of("error", r.getMessage()));
            } else {
                LOG.warn("Console action failed on the world thread: {}", String.valueOf(e.getCause()));
                json(x, 500, Map.of("error", "The action failed; see the server log."));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            json(x, 503, Map.of("error", "Interrupted."));
        }
        return null;
    }

    @Override
    public void close() {
        if (http != null) {
            http.stop(0);
            http = null;
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
