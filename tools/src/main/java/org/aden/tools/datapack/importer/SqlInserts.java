package org.aden.tools.datapack.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rows of the INSERT and DELETE statements of a SQL installer script, enough for the few tables of world
 * facts some L2J datapacks keep in SQL (teleports, raid boss spawns).
 */
public final class SqlInserts {
    private static final Pattern INSERT = Pattern.compile(
            "INSERT\\s+(?:IGNORE\\s+)?INTO\\s+`?(\\w+)`?\\s*(\\(([^)]*)\\))?\\s*VALUES", Pattern.CASE_INSENSITIVE);
    private static final Pattern DELETE_IN = Pattern.compile(
            "DELETE\\s+FROM\\s+`?(\\w+)`?\\s+WHERE\\s+`?(\\w+)`?\\s+in\\s*\\(([^)]*)\\)", Pattern.CASE_INSENSITIVE);

    private SqlInserts() {}

    /** One row: column name (or position "0", "1"... when the statement names no columns) → value. */
    public record Row(Map<String, String> values) {
        public String get(String column, int position) {
            String v = values.get(column);
            return v != null ? v : values.get(Integer.toString(position));
        }
    }

    /** Rows inserted into {@code table}, in file order. Comment lines and commented-out rows are skipped. */
    public static List<Row> rows(Path file, String table) {
        String sql = withoutComments(read(file));
        List<Row> rows = new ArrayList<>();
        Matcher m = INSERT.matcher(sql);
        while (m.find()) {
            if (!m.group(1).equalsIgnoreCase(table)) {
                continue;
            }
            List<String> columns = m.group(3) == null
                    ? List.of()
                    : List.of(m.group(3).replace("`", "").trim().split("\\s*,\\s*"));
            parseTuples(sql, m.end(), columns, rows);
        }
        return rows;
    }

    /** The key values a {@code DELETE FROM table WHERE key in (...)} removes. */
    public static List<String> deletedKeys(Path file, String table) {
        String sql = withoutComments(read(file));
        List<String> keys = new ArrayList<>();
        Matcher m = DELETE_IN.matcher(sql);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(table)) {
                for (String k : m.group(3).split(",")) {
                    if (!k.isBlank()) {
                        keys.add(k.trim());
                    }
                }
            }
        }
        return keys;
    }

    private static void parseTuples(String sql, int from, List<String> columns, List<Row> rows) {
        int i = from;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == ';') {
                return;
            }
            if (c != '(') {
                i++;
                continue;
            }
            List<String> values = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean quoted = false;
            i++;
            for (; i < sql.length(); i++) {
                char d = sql.charAt(i);
                if (quoted) {
                    if (d == '\\' && i + 1 < sql.length()) {
                        cur.append(sql.charAt(++i));
                    } else if (d == '\'' && i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                        cur.append('\'');
                        i++;
                    } else if (d == '\'') {
                        quoted = false;
                    } else {
                        cur.append(d);
                    }
                } else if (d == '\'') {
                    quoted = true;
                } else if (d == ',') {
                    values.add(cur.toString().trim());
                    cur.setLength(0);
                } else if (d == ')') {
                    values.add(cur.toString().trim());
                    break;
                } else {
                    cur.append(d);
                }
            }
            i++;
            Map<String, String> row = new TreeMap<>();
            for (int k = 0; k < values.size(); k++) {
                row.put(k < columns.size() ? columns.get(k) : Integer.toString(k), values.get(k));
            }
            rows.add(new Row(row));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops "-- ..." to the end of the line (outside quotes) and C-style block comments. */
    private static String withoutComments(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quoted) {
                out.append(c);
                if (c == '\\' && i + 1 < sql.length()) {
                    out.append(sql.charAt(++i));
                } else if (c == '\'') {
                    quoted = false;
                }
            } else if (c == '\'') {
                quoted = true;
                out.append(c);
            } else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                while (i < sql.length() && sql.charAt(i) != '\n') {
                    i++;
                }
                out.append('\n');
            } else if (c == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
