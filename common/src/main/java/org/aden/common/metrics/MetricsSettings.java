package org.aden.common.metrics;

import org.aden.common.config.Config;
import org.aden.common.config.ConfigSpec;

/**
 * Where a process serves its Prometheus metrics and health check: off unless enabled, loopback by default.
 *
 * @param enabled serve /metrics and /health
 * @param host the address the endpoint binds to
 * @param port its port (0: any free port)
 */
public record MetricsSettings(boolean enabled, String host, int port) {

    /** The keys {@code <prefix>.metrics.enabled|host|port} of one process (prefix "game" or "login"). */
    public static ConfigSpec spec(String prefix, int defaultPort) {
        return ConfigSpec.builder("Aden metrics")
                .section("Metrics and health")
                .boolKey(
                        prefix + ".metrics.enabled",
                        false,
                        "Serve Prometheus metrics on /metrics and a health check on /health.")
                .stringKey(
                        prefix + ".metrics.host",
                        "127.0.0.1",
                        "Address the metrics endpoint binds to; the endpoint has no authentication, so keep it on"
                                + "\nloopback or a private network.")
                .intKey(
                        prefix + ".metrics.port",
                        defaultPort,
                        0,
                        65535,
                        "Port of the metrics endpoint (0: any free port).")
                .build();
    }

    public static MetricsSettings from(Config c, String prefix) {
        return new MetricsSettings(
                c.getBool(prefix + ".metrics.enabled"),
                c.getString(prefix + ".metrics.host"),
                c.getInt(prefix + ".metrics.port"));
    }

    public static MetricsSettings disabled() {
        return new MetricsSettings(false, "127.0.0.1", 0);
    }
}
