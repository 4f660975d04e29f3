package org.aden.common.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * One process's metrics: a Prometheus registry with the JVM's meters, and (when enabled) a small HTTP endpoint on
 * the JDK's own server: {@code GET /metrics} in the Prometheus text format, {@code GET /health} with 200 and
 * {@code {"status":"UP",...}} while every check passes, 503 and "DOWN" otherwise. Meters whose tags are only known
 * at run time (packets by type) are added by refreshers that run before each scrape.
 */
public final class MetricsServer implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(MetricsServer.class);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<Runnable> refreshers = new CopyOnWriteArrayList<>();
    private final Map<String, BooleanSupplier> checks = new java.util.concurrent.ConcurrentHashMap<>();
    private final MetricsSettings settings;
    private final String process;
    private JvmGcMetrics gc;
    private HttpServer http;
    private ExecutorService executor;

    /** @param process the value of the "process" tag on every meter ("gameserver", "loginserver") */
    public MetricsServer(MetricsSettings settings, String process) {
        this.settings = settings;
        this.process = process;
        registry.config().commonTags("process", process);
        new JvmMemoryMetrics().bindTo(registry);
        gc = new JvmGcMetrics();
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Runs before every scrape, e.g. to register a counter for a packet type seen for the first time. */
    public void beforeScrape(Runnable refresher) {
        refreshers.add(refresher);
    }

    /** A named health check: /health is DOWN while any check returns false. */
    public void healthCheck(String name, BooleanSupplier check) {
        checks.put(name, check);
    }

    /** The Prometheus text of every meter (what /metrics serves). */
    public String scrape() {
        refreshers.forEach(Runnable::run);
        return registry.scrape();
    }

    /** Binds the endpoint when enabled; a port in use stops the process like any other port. */
    public void start() throws IOException {
        if (!settings.enabled()) {
            return;
        }
        try {
            http = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 16);
        } catch (IOException e) {
            throw new IOException(
                    "cannot serve metrics on " + settings.host() + ":" + settings.port() + " (" + process
                            + " metrics.port): " + e.getMessage(),
                    e);
        }
        executor = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name(process + "-metrics").daemon(true).factory());
        http.setExecutor(executor);
        http.createContext("/metrics", this::metrics);
        http.createContext("/health", this::health);
        http.start();
        LOG.info("Metrics on http://{}:{}/metrics, health on /health", settings.host(), port());
    }

    /** The bound port (-1 when the endpoint is off). */
    public int port() {
        return http == null ? -1 : http.getAddress().getPort();
    }

    private void metrics(HttpExchange x) throws IOException {
        if (!"GET".equals(x.getRequestMethod())) {
            reply(x, 405, "text/plain", "GET only\n");
            return;
        }
        String body;
        try {
            body = scrape();
        } catch (RuntimeException e) {
            LOG.warn("Metrics scrape failed: {}", e.toString());
            reply(x, 500, "text/plain", "scrape failed\n");
            return;
        }
        reply(x, 200, "text/plain; version=0.0.4; charset=utf-8", body);
    }

    private void health(HttpExchange x) throws IOException {
        Map<String, Boolean> results = new TreeMap<>();
        checks.forEach((name, check) -> {
            boolean ok;
            try {
                ok = check.getAsBoolean();
            } catch (RuntimeException e) {
                ok = false;
            }
            results.put(name, ok);
        });
        boolean up = !results.containsValue(false);
        StringBuilder sb =
                new StringBuilder("{\"status\":\"").append(up ? "UP" : "DOWN").append("\",\"checks\":{");
        boolean first = true;
        for (var e : results.entrySet()) {
            sb.append(first ? "" : ",")
                    .append('"')
                    .append(e.getKey())
                    .append("\":\"")
                    .append(e.getValue() ? "UP" : "DOWN")
                    .append('"');
            first = false;
        }
        sb.append("}}\n");
        reply(x, up ? 200 : 503, "application/json", sb.toString());
    }

    private static void reply(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
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
        if (gc != null) {
            gc.close();
            gc = null;
        }
        registry.close();
    }
}
