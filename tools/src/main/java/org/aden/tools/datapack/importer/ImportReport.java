package org.aden.tools.datapack.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import produced and what it lost: counts per part, source elements and attributes that were not mapped
 * (with how often they occur), things dropped on purpose (with why), and ids skipped (with why).
 */
public final class ImportReport {
    private final Map<String, Map<String, Integer>> counts = new TreeMap<>();
    private final Map<String, Map<String, Integer>> notMapped = new TreeMap<>();
    private final Map<String, Map<String, String>> ignored = new TreeMap<>();
    private final Map<String, Map<String, Integer>> ignoredCounts = new TreeMap<>();
    private final Map<String, List<String>> skipped = new TreeMap<>();

    public void count(String part, String what, int n) {
        counts.computeIfAbsent(part, k -> new TreeMap<>()).merge(what, n, Integer::sum);
    }

    public void notMapped(String part, String what) {
        notMapped.computeIfAbsent(part, k -> new TreeMap<>()).merge(what, 1, Integer::sum);
    }

    /** Something the source has that we drop on purpose, and why (client-side art, engine behaviour, ...). */
    public void ignored(String part, String what, String why) {
        ignored.computeIfAbsent(part, k -> new TreeMap<>()).putIfAbsent(what, why);
        ignoredCounts.computeIfAbsent(part, k -> new TreeMap<>()).merge(what, 1, Integer::sum);
    }

    public void skipped(String part, String id, String why) {
        skipped.computeIfAbsent(part, k -> new ArrayList<>()).add(id + ": " + why);
    }

    public int count(String part, String what) {
        return counts.getOrDefault(part, Map.of()).getOrDefault(what, 0);
    }

    public Map<String, Integer> notMapped(String part) {
        return notMapped.getOrDefault(part, Map.of());
    }

    public List<String> skipped(String part) {
        return skipped.getOrDefault(part, List.of());
    }

    /** The whole report as text; the same import gives the same text. */
    public String render(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append(title).append("\n\n== Imported\n");
        counts.forEach((part, m) -> {
            sb.append(String.format("%-18s", part));
            StringBuilder line = new StringBuilder();
            m.forEach((what, n) -> line.append(line.isEmpty() ? "" : ", ")
                    .append(n)
                    .append(' ')
                    .append(what));
            sb.append(line).append('\n');
        });
        sb.append("\n== Not mapped (source element or attribute: occurrences)\n");
        if (notMapped.isEmpty()) {
            sb.append("(nothing)\n");
        }
        notMapped.forEach((part, m) -> m.forEach((what, n) ->
                sb.append(part).append(": ").append(what).append(": ").append(n).append('\n')));
        sb.append("\n== Dropped on purpose (source name: occurrences, why)\n");
        ignored.forEach((part, m) -> m.forEach((what, why) -> sb.append(part)
                .append(": ")
                .append(what)
                .append(": ")
                .append(ignoredCounts.get(part).get(what))
                .append(", ")
                .append(why)
                .append('\n')));
        sb.append("\n== Skipped (id: why)\n");
        if (skipped.isEmpty()) {
            sb.append("(nothing)\n");
        }
        skipped.forEach((part, list) ->
                list.forEach(s -> sb.append(part).append(": ").append(s).append('\n')));
        return sb.toString();
    }

    /** A few lines for the console: the counts and how many names were not mapped. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        counts.forEach((part, m) -> {
            StringBuilder line = new StringBuilder();
            m.forEach((what, n) -> line.append(line.isEmpty() ? "" : ", ")
                    .append(n)
                    .append(' ')
                    .append(what));
            int unmapped = notMapped.getOrDefault(part, Map.of()).size();
            int skips = skipped.getOrDefault(part, List.of()).size();
            sb.append(String.format("  %-18s %s", part, line));
            if (unmapped > 0 || skips > 0) {
                sb.append(String.format("  (%d names not mapped, %d skipped)", unmapped, skips));
            }
            sb.append('\n');
        });
        return sb.toString();
    }
}
