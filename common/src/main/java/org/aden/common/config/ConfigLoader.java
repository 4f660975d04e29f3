package org.aden.common.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a {@code key=value} file against a {@link ConfigSpec}. Precedence, lowest first: the key's default,
 * the file, the environment variable ({@link ConfigKey#envName()}), explicit overrides (command-line options).
 * Any unknown key, malformed value or missing required value throws {@link ConfigException} with one line
 * naming the file (and line), the key and what was expected.
 */
public final class ConfigLoader {
    private ConfigLoader() {}

    /** Loads {@code file} (a missing file means "all defaults") with the process environment. */
    public static Config load(Path file, ConfigSpec spec, Map<String, String> overrides) {
        return load(file, spec, System.getenv(), overrides);
    }

    public static Config load(Path file, ConfigSpec spec, Map<String, String> env, Map<String, String> overrides) {
        Map<String, String> text = new LinkedHashMap<>();
        Map<String, String> sources = new HashMap<>();
        spec.keys().values().forEach(k -> {
            if (k.defaultText() != null) {
                text.put(k.name(), k.defaultText());
            }
        });
        String where = file == null ? "(no file)" : file.toString();
        if (file != null) {
            readFile(file, spec, text, sources);
        }
        for (ConfigKey k : spec.keys().values()) {
            String e = env.get(k.envName());
            if (e != null) {
                text.put(k.name(), e.trim());
                sources.put(k.name(), "environment variable " + k.envName());
            }
        }
        overrides.forEach((key, value) -> {
            if (!spec.keys().containsKey(key)) {
                throw new ConfigException(where + ": unknown key '" + key + "' given as an override" + hint(spec, key));
            }
            text.put(key, value.trim());
            sources.put(key, "override");
        });
        Map<String, Object> values = new HashMap<>();
        for (ConfigKey k : spec.keys().values()) {
            String v = text.get(k.name());
            String from = sources.getOrDefault(k.name(), "default");
            String origin = from.startsWith("line ") ? where + ":" + from.substring(5) : where + " (" + from + ")";
            if (v == null || (v.isEmpty() && k.required())) {
                throw new ConfigException(where + ": key '" + k.name() + "' is required: expected " + k.expected()
                        + " (" + firstLine(k.doc()) + ")");
            }
            if (v.isEmpty() && !k.expected().startsWith("text") && !k.expected().startsWith("a comma")) {
                throw new ConfigException(origin + ": key '" + k.name() + "' is empty: expected " + k.expected());
            }
            try {
                values.put(k.name(), k.parser().apply(v));
            } catch (IllegalArgumentException e) {
                String shown = k.secret() ? "(hidden)" : "'" + v + "'";
                throw new ConfigException(
                        origin + ": key '" + k.name() + "' has " + shown + ": expected " + e.getMessage());
            }
        }
        return new Config(spec, values, sources);
    }

    private static void readFile(Path file, ConfigSpec spec, Map<String, String> text, Map<String, String> sources) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return; // no file: defaults, env and overrides only
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage());
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException(file + ":" + (i + 1) + ": expected 'key=value', got '" + line + "'");
            }
            String key = line.substring(0, eq).strip();
            if (!spec.keys().containsKey(key)) {
                throw new ConfigException(file + ":" + (i + 1) + ": unknown key '" + key + "'" + hint(spec, key));
            }
            text.put(key, line.substring(eq + 1).strip());
            sources.put(key, "line " + (i + 1));
        }
    }

    private static String hint(ConfigSpec spec, String key) {
        String best = null;
        int bestDistance = 4;
        for (String k : spec.keys().keySet()) {
            int d = distance(k, key);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String firstLine(String doc) {
        int nl = doc.indexOf('\n');
        return nl < 0 ? doc : doc.substring(0, nl);
    }
}
