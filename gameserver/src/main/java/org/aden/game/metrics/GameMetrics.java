package org.aden.game.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.aden.common.metrics.MetricsServer;
import org.aden.game.auth.AccountSessions;
import org.aden.game.character.DbPlayerStore;
import org.aden.game.network.NetworkStats;
import org.aden.game.network.server.ServerOpcode;
import org.aden.game.world.TickStats;
import org.aden.game.world.World;
import org.aden.game.world.command.CommandCounts;

/**
 * The game server's meters, read from the counters the world, the network and the saves already keep (nothing here
 * runs on the world thread or adds work to it). Packet and command types are tags, registered before a scrape the
 * first time they are seen. Names follow Prometheus conventions: {@code aden_world_tick_seconds{quantile}},
 * {@code aden_packets_in_total{type}}, {@code aden_packets_out_total{type}}, {@code aden_network_bytes_total}...
 */
public final class GameMetrics {
    private final MeterRegistry registry;
    private final NetworkStats network;
    private final CommandCounts commands;
    private final Set<String> inTypes = ConcurrentHashMap.newKeySet();
    private final Set<Integer> outTypes = ConcurrentHashMap.newKeySet();
    private final Set<String> appliedTypes = ConcurrentHashMap.newKeySet();
    private final Set<String> refusedTypes = ConcurrentHashMap.newKeySet();
    private final Map<Integer, String> outNames = new ConcurrentHashMap<>();

    private GameMetrics(MeterRegistry registry, NetworkStats network, CommandCounts commands) {
        this.registry = registry;
        this.network = network;
        this.commands = commands;
        for (ServerOpcode o : ServerOpcode.values()) {
            outNames.put(o.subOpcode() < 0 ? o.opcode() : 0x10000 | o.subOpcode(), o.packetName());
        }
    }

    /** Binds every game meter to the server's registry and refreshes the per-type ones before each scrape. */
    public static GameMetrics bind(
            MetricsServer server,
            World world,
            Supplier<TickStats> outboundLag,
            CommandCounts commands,
            NetworkStats network,
            DbPlayerStore saves,
            AccountSessions sessions) {
        MeterRegistry r = server.registry();
        GameMetrics m = new GameMetrics(r, network, commands);
        Gauge.builder("aden_players_online", world, World::onlineCount)
                .description("Players in the world")
                .register(r);
        Gauge.builder("aden_world_commands_queued", world, World::queuedCommands)
                .description("Commands waiting for the next tick")
                .register(r);
        FunctionCounter.builder("aden_world_ticks", world, w -> w.tickStats().ticks())
                .description("World ticks run since start")
                .register(r);
        tickGauge(r, "aden_world_tick_seconds", "Wall time of a world tick over the last ticks", world, 50, false);
        tickGauge(r, "aden_world_tick_seconds", "Wall time of a world tick over the last ticks", world, 99, false);
        Gauge.builder("aden_world_tick_max_seconds", world, w -> w.tickStats().maxMicros() / 1e6)
                .description("Longest world tick since start (or the last reset)")
                .register(r);
        tickGauge(r, "aden_world_tick_cpu_seconds", "World-thread CPU time per tick", world, 50, true);
        tickGauge(r, "aden_world_tick_cpu_seconds", "World-thread CPU time per tick", world, 99, true);
        Gauge.builder(
                        "aden_world_outbound_lag_seconds",
                        outboundLag,
                        s -> s.get().percentileMicros(99) / 1e6)
                .tag("quantile", "0.99")
                .description("How long a packet waits on the world-out thread before it is written")
                .register(r);
        counter(r, "aden_network_bytes", "Bytes of client frames", network, n -> n.bytesIn(), "direction", "in");
        counter(r, "aden_network_bytes", "Bytes of server frames", network, n -> n.bytesOut(), "direction", "out");
        counter(
                r,
                "aden_bad_packets",
                "Client packets dropped",
                network,
                n -> n.outOfState(),
                "reason",
                "out_of_state");
        counter(r, "aden_bad_packets", "Client packets dropped", network, n -> n.malformed(), "reason", "malformed");
        counter(r, "aden_bad_packets", "Client packets dropped", network, n -> n.unknown(), "reason", "unknown");
        counter(r, "aden_bad_packets", "Client packets dropped", network, n -> n.rateLimited(), "reason", "rate");
        counter(
                r,
                "aden_kicks",
                "Connections closed by the server",
                network,
                n -> n.closedForAbuse(),
                "by",
                "bad_packets");
        counter(
                r,
                "aden_kicks",
                "Connections closed by the server",
                network,
                n -> n.handshakeTimeouts(),
                "by",
                "deadline");
        counter(
                r,
                "aden_kicks",
                "Connections closed by the server",
                sessions,
                s -> s.loginServerKicks(),
                "by",
                "login_server");
        counter(
                r,
                "aden_connections_refused",
                "Connections refused (per-address limit)",
                network,
                n -> n.refusedConnections());
        if (saves != null) {
            Gauge.builder("aden_saves_pending", saves, DbPlayerStore::pending)
                    .description("Characters with a save queued or running")
                    .register(r);
            counter(r, "aden_saves", "Character saves", saves, s -> s.saved(), "result", "ok");
            counter(r, "aden_saves", "Character saves", saves, s -> s.failed(), "result", "failed");
        }
        server.healthCheck("world", () -> world.tickStats().ticks() > 0);
        server.beforeScrape(m::refresh);
        return m;
    }

    private static void tickGauge(MeterRegistry r, String name, String doc, World world, int percentile, boolean cpu) {
        Gauge.builder(
                        name,
                        world,
                        w -> (cpu
                                        ? w.tickStats().cpuPercentileMicros(percentile)
                                        : w.tickStats().percentileMicros(percentile))
                                / 1e6)
                .tag("quantile", percentile == 50 ? "0.5" : "0.99")
                .description(doc)
                .register(r);
    }

    private static <T> void counter(
            MeterRegistry r, String name, String doc, T obj, ToDoubleFunction<T> f, String... tags) {
        FunctionCounter.builder(name, obj, f).tags(tags).description(doc).register(r);
    }

    /** Registers a counter for each packet and command type that appeared since the last scrape. */
    void refresh() {
        for (String type : network.packetsIn().keySet()) {
            if (inTypes.add(type)) {
                counter(
                        registry,
                        "aden_packets_in",
                        "Client packets handled, by type",
                        network,
                        n -> n.packetsIn().getOrDefault(type, 0L),
                        "type",
                        type);
            }
        }
        for (Integer key : network.packetsOut().keySet()) {
            if (outTypes.add(key)) {
                counter(
                        registry,
                        "aden_packets_out",
                        "Server packets sent, by type",
                        network,
                        n -> n.packetsOut().getOrDefault(key, 0L),
                        "type",
                        outName(key));
            }
        }
        for (String type : commands.applied().keySet()) {
            if (appliedTypes.add(type)) {
                counter(
                        registry,
                        "aden_commands",
                        "World commands by type and outcome",
                        commands,
                        c -> c.applied().getOrDefault(type, 0L),
                        "type",
                        type,
                        "outcome",
                        "applied");
            }
        }
        for (String type : commands.refused().keySet()) {
            if (refusedTypes.add(type)) {
                counter(
                        registry,
                        "aden_commands",
                        "World commands by type and outcome",
                        commands,
                        c -> c.refused().getOrDefault(type, 0L),
                        "type",
                        type,
                        "outcome",
                        "refused");
            }
        }
    }

    /** The packet's name, or its opcode in hex for one that has no ServerOpcode constant. */
    String outName(int key) {
        String n = outNames.get(key);
        if (n != null) {
            return n;
        }
        return key >= 0x10000 ? String.format("0xFE:%04X", key & 0xFFFF) : String.format("0x%02X", key);
    }
}
