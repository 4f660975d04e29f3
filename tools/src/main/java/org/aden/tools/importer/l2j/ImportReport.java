package org.aden.tools.importer.l2j;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one import run did: per kind (accounts, characters, items...) how many rows were imported, were already
 * there from an earlier run, were skipped and why, or were imported with a change (and which); plus the source
 * columns and tables that nothing reads.
 */
public final class ImportReport {
    private static final int EXAMPLES = 5;

    /** Counts of one kind of row. */
    public static final class Kind {
        int imported;
        int already;
        final Map<String, Reason> skipped = new LinkedHashMap<>();
        final Map<String, Reason> adjusted = new LinkedHashMap<>();

        public int imported() {
            return imported;
        }

        public int alreadyImported() {
            return already;
        }

        public int skipped() {
            return skipped.values().stream().mapToInt(r -> r.count).sum();
        }

        public int skipped(String reason) {
            Reason r = skipped.get(reason);
            return r == null ? 0 : r.count;
        }

        public int adjusted(String reason) {
            Reason r = adjusted.get(reason);
            return r == null ? 0 : r.count;
        }
    }

    static final class Reason {
        int count;
        final List<String> examples = new ArrayList<>();

        void add(int n, String example) {
            count += n;
            if (examples.size() < EXAMPLES) {
                examples.add(example);
            }
        }

        String describe() {
            return count + " (" + String.join(", ", examples) + (count > examples.size() ? ", ..." : "") + ")";
        }
    }

    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private final Map<String, Set<String>> unmappedColumns = new LinkedHashMap<>();
    private final Map<String, Long> unreadTables = new LinkedHashMap<>();

    public Kind kind(String name) {
        return kinds.computeIfAbsent(name, k -> new Kind());
    }

    void imported(String kind) {
        kind(kind).imported++;
    }

    void already(String kind) {
        kind(kind).already++;
    }

    void skipped(String kind, String reason, String what) {
        skipped(kind, reason, 1, what);
    }

    void skipped(String kind, String reason, int n, String what) {
        kind(kind).skipped.computeIfAbsent(reason, r -> new Reason()).add(n, what);
    }

    void adjusted(String kind, String reason, String what) {
        kind(kind).adjusted.computeIfAbsent(reason, r -> new Reason()).add(1, what);
    }

    /** Adds another report's counts (one character's, once its transaction committed). */
    void merge(ImportReport other) {
        other.kinds.forEach((name, o) -> {
            Kind k = kind(name);
            k.imported += o.imported;
            k.already += o.already;
            o.skipped.forEach((r, v) -> mergeReason(k.skipped, r, v));
            o.adjusted.forEach((r, v) -> mergeReason(k.adjusted, r, v));
        });
    }

    private static void mergeReason(Map<String, Reason> into, String reason, Reason from) {
        Reason r = into.computeIfAbsent(reason, x -> new Reason());
        from.examples.forEach(e -> r.add(0, e));
        r.count += from.count;
    }

    void unmappedColumns(String table, Set<String> columns) {
        if (!columns.isEmpty()) {
            unmappedColumns.put(table, new TreeSet<>(columns));
        }
    }

    void unreadTable(String table, long rows) {
        unreadTables.put(table, rows);
    }

    public Map<String, Set<String>> unmappedColumns() {
        return unmappedColumns;
    }

    public Map<String, Long> unreadTables() {
        return unreadTables;
    }

    public void print(PrintStream out) {
        kinds.forEach((name, k) -> out.printf(
                "%-20s imported %d, already imported %d, skipped %d%n", name, k.imported, k.already, k.skipped()));
        section(out, "Skipped:", true);
        section(out, "Imported with a change:", false);
        if (!unmappedColumns.isEmpty()) {
            out.println("Columns not imported (Aden has no place for them yet):");
            unmappedColumns.forEach((t, c) -> out.printf("  %s: %s%n", t, String.join(", ", c)));
        }
        if (!unreadTables.isEmpty()) {
            List<String> l = new ArrayList<>();
            unreadTables.forEach((t, n) -> l.add(t + " (" + n + ")"));
            out.println("Tables with rows that are not imported:");
            out.println("  " + String.join(", ", l));
        }
    }

    private void section(PrintStream out, String title, boolean skipped) {
        boolean header = false;
        for (var e : kinds.entrySet()) {
            for (var r : (skipped ? e.getValue().skipped : e.getValue().adjusted).entrySet()) {
                if (!header) {
                    out.println(title);
                    header = true;
                }
                out.printf(
                        "  %s: %s: %s%n", e.getKey(), r.getKey(), r.getValue().describe());
            }
        }
    }
}
