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
 * naming the file (and line), the key and what was expected. Every layer is checked, so a bad value in the file
 * is reported even when the environment or an option overrides it. A file that is named but missing is an error,
 * and so is an {@code ADEN_*} variable that falls in this spec's namespaces (e.g. {@code ADEN_LOGIN_*} for
 * {@code login.*} keys) but names no key.
 */
public final class ConfigLoader {
    private ConfigLoader() {}

    /** Loads {@code file} (null: defaults, environment and overrides only) with the process environment. */
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
        checkEnvironment(spec, env);
        for (ConfigKey k : spec.keys().values()) {
            String e = env.get(k.envName());
            if (e != null) {
                check(k, e.trim(), "environment variable " + k.envName());
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
            throw new ConfigException(file + ": no such file");
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
            String value = line.substring(eq + 1).strip();
            check(spec.keys().get(key), value, file + ":" + (i + 1));
            text.put(key, value);
            sources.put(key, "line " + (i + 1));
        }
    }

    /** Parses a value where it is written, so a later layer that overrides it cannot hide a mistake. */
    private static void check(ConfigKey k, String value, String origin) {
        if (value.isEmpty()) {
            return; // whether empty is allowed is decided for the final value
        }
        try {
            k.parser().apply(value);
        } catch (IllegalArgumentException e) {
            String shown = k.secret() ? "(hidden)" : "'" + value + "'";
            throw new ConfigException(
                    origin + ": key '" + k.name() + "' has " + shown + ": expected " + e.getMessage());
        }
    }

    /**
     * An ADEN_ variable in one of this spec's namespaces (ADEN_LOGIN_, ADEN_DB_ for login.* and db.* keys) that is
     * no key's variable is a typo: stop rather than silently ignore it. Other ADEN_ variables (ADEN_JAVA_OPTS, or
     * ADEN_GAME_* while the login server's spec is loaded) belong to someone else.
     */
    private static void checkEnvironment(ConfigSpec spec, Map<String, String> env) {
        java.util.Set<String> prefixes = new java.util.TreeSet<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (ConfigKey k : spec.keys().values()) {
            names.add(k.envName());
            int dot = k.name().indexOf('.');
            prefixes.add(ConfigKey.envName(dot < 0 ? k.name() : k.name().substring(0, dot)) + "_");
        }
        for (String var : new java.util.TreeSet<>(env.keySet())) {
            if (names.contains(var) || prefixes.stream().noneMatch(var::startsWith)) {
                continue;
            }
            String best = null;
            int bestDistance = 4;
            for (String n : names) {
                int d = distance(n, var);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = n;
                }
            }
            throw new ConfigException("environment variable " + var + " names no " + spec.title() + " key"
                    + (best == null ? "" : " (did you mean " + best + "?)"));
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
