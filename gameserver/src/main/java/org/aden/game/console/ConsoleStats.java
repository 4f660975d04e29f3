package org.aden.game.console;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aden.game.network.NetworkStats;
import org.aden.game.world.TickStats;
import org.aden.game.world.World;

/**
 * The figures the console's charts poll: world tick times (over the last ticks the world keeps), the online count,
 * queued commands, and the running totals of packets and bytes (the page draws per-second rates from them). All
 * are read from counters other threads may read; nothing here touches world state.
 */
final class ConsoleStats {
    private final World world;
    private final NetworkStats network;

    ConsoleStats(World world, NetworkStats network) {
        this.world = world;
        this.network = network;
    }

    Map<String, Object> now() {
        TickStats t = world.tickStats();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time", world.clock().millis());
        m.put("online", world.onlineCount());
        m.put("queued", world.queuedCommands());
        m.put("ticks", t.ticks());
        m.put("tickP50", t.percentileMicros(50) / 1000.0);
        m.put("tickP99", t.percentileMicros(99) / 1000.0);
        m.put("tickMax", t.maxMicros() / 1000.0);
        m.put(
                "packetsIn",
                network.packetsIn().values().stream().mapToLong(Long::longValue).sum());
        m.put(
                "packetsOut",
                network.packetsOut().values().stream()
                        .mapToLong(Long::longValue)
                        .sum());
        m.put("bytesIn", network.bytesIn());
        m.put("bytesOut", network.bytesOut());
        m.put("badPackets", network.malformed() + network.unknown() + network.outOfState());
        return m;
    }
}
