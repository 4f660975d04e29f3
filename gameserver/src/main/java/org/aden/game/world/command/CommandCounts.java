package org.aden.game.world.command;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** How many commands of each type the world applied and how many its guards refused. Any thread reads. */
public final class CommandCounts {
    private final Map<String, LongAdder> applied = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> refused = new ConcurrentHashMap<>();

    void applied(String type) {
        applied.computeIfAbsent(type, k -> new LongAdder()).increment();
    }

    void refused(String type) {
        refused.computeIfAbsent(type, k -> new LongAdder()).increment();
    }

    /** Applied commands by type, in name order. */
    public Map<String, Long> applied() {
        return snapshot(applied);
    }

    public Map<String, Long> refused() {
        return snapshot(refused);
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> m) {
        Map<String, Long> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** A short "Type=n ..." line of the most frequent types, for //tickstats. */
    public String summary(int top) {
        StringBuilder sb = new StringBuilder();
        applied().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> sb.append(sb.isEmpty() ? "" : " ")
                        .append(e.getKey())
                        .append('=')
                        .append(e.getValue()));
        long refusedTotal =
                refused().values().stream().mapToLong(Long::longValue).sum();
        return sb + (refusedTotal > 0 ? " refused=" + refusedTotal : "");
    }

    public void reset() {
        applied.clear();
        refused.clear();
    }
}
