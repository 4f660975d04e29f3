package org.aden.game.console;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The HTTP plumbing of the console: security headers, replies, form bodies, cookies and the static files. */
final class HttpReplies {
    static final int MAX_BODY = 4096;

    private static final Map<String, String> STATIC = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/console.js", "console.js",
            "/console.css", "console.css");

    private HttpReplies() {}

    static void secureHeaders(Headers h) {
        h.set(
                "Content-Security-Policy",
                "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self';"
                        + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cache-Control", "no-store");
    }

    static void json(HttpExchange x, int status, Map<String, ?> body) throws IOException {
        reply(x, status, "application/json; charset=utf-8", Json.object(body).getBytes(StandardCharsets.UTF_8));
    }

    static void reply(HttpExchange x, int status, String type, byte[] bytes) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = x.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** The url-encoded form body, or null after replying 415/413/400 itself. */
    static Map<String, String> form(HttpExchange x) throws IOException {
        String type = x.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            json(x, 415, Map.of("error", "A form body (application/x-www-form-urlencoded) is expected."));
            return null;
        }
        byte[] body;
        try (InputStream in = x.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            json(x, 413, Map.of("error", "Request too large."));
            return null;
        }
        Map<String, String> out = new HashMap<>();
        try {
            for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.putIfAbsent(k, v);
            }
        } catch (IllegalArgumentException e) {
            json(x, 400, Map.of("error", "Malformed form body."));
            return null;
        }
        return out;
    }

    static String cookie(Headers h, String name) {
        List<String> values = h.get("Cookie");
        if (values == null) {
            return null;
        }
        for (String header : values) {
            for (String part : header.split(";")) {
                String p = part.strip();
                if (p.startsWith(name + "=")) {
                    return p.substring(name.length() + 1);
                }
            }
        }
        return null;
    }

    static void servePage(HttpExchange x, String method, String path) throws IOException {
        String resource = STATIC.get(path);
        if (!"GET".equals(method) || resource == null) {
            reply(x, 404, "text/plain; charset=utf-8", "Not found\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] bytes;
        try (InputStream in = HttpReplies.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("console resource " + resource + " missing from the build");
            }
            bytes = in.readAllBytes();
        }
        String type = resource.endsWith(".js")
                ? "text/javascript; charset=utf-8"
                : resource.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8";
        reply(x, 200, type, bytes);
    }
}
