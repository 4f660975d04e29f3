package org.aden.common.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The typed keys a config file may hold, in the order they are documented. Built once per process kind;
 * {@link ConfigLoader} checks a file against it and {@link #render()} writes the documented default file.
 */
public final class ConfigSpec {
    private final String title;
    private final Map<String, ConfigKey> keys;
    private final Map<String, String> sections; // first key of a section -> section heading

    private ConfigSpec(String title, Map<String, ConfigKey> keys, Map<String, String> sections) {
        this.title = title;
        this.keys = Collections.unmodifiableMap(keys);
        this.sections = Collections.unmodifiableMap(sections);
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    public Map<String, ConfigKey> keys() {
        return keys;
    }

    public ConfigKey key(String name) {
        ConfigKey k = keys.get(name);
        if (k == null) {
            throw new IllegalArgumentException("no config key '" + name + "' in " + title);
        }
        return k;
    }

    /** The documented default file: every key commented, with its default value. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(title).append('\n');
        sb.append("# Every key can be overridden by an environment variable: ADEN_ + the key in upper case with\n");
        sb.append("# dots and dashes as underscores (db.url -> ADEN_DB_URL). Durations take ms, s, m, h or d.\n");
        for (ConfigKey k : keys.values()) {
            String section = sections.get(k.name());
            if (section != null) {
                sb.append("\n# ---- ").append(section).append(" ----\n");
            }
            sb.append('\n');
            for (String line : k.doc().split("\n")) {
                sb.append("# ").append(line).append('\n');
            }
            sb.append("# Expected: ")
                    .append(k.expected())
                    .append(k.required() ? " (required)" : "")
                    .append('\n');
            // commented out: a launcher can then tell a host's own setting from the shipped default
            // (standalone turns login.auto-create on only when the host left it alone)
            sb.append('#')
                    .append(k.name())
                    .append('=')
                    .append(k.defaultText() == null ? "" : k.defaultText())
                    .append('\n');
        }
        return sb.toString();
    }

    public String title() {
        return title;
    }

    public static final class Builder {
        private final String title;
        private final Map<String, ConfigKey> keys = new LinkedHashMap<>();
        private final Map<String, String> sections = new LinkedHashMap<>();
        private String pendingSection;

        private Builder(String title) {
            this.title = title;
        }

        /** Starts a documented section; the next key opens it. */
        public Builder section(String heading) {
            pendingSection = heading;
            return this;
        }

        public Builder add(ConfigKey key) {
            if (keys.putIfAbsent(key.name(), key) != null) {
                throw new IllegalArgumentException("duplicate config key " + key.name());
            }
            if (pendingSection != null) {
                sections.put(key.name(), pendingSection);
                pendingSection = null;
            }
            if (key.defaultText() != null && !key.defaultText().isEmpty()) {
                key.parser().apply(key.defaultText()); // a bad default is a programming error: fail fast
            }
            return this;
        }

        /** Copies every key (and section) of another spec, e.g. the shared database keys. */
        public Builder include(ConfigSpec other) {
            other.keys.values().forEach(k -> {
                String s = other.sections.get(k.name());
                if (s != null) {
                    section(s);
                }
                add(k);
            });
            return this;
        }

        public Builder intKey(String name, Integer def, int min, int max, String doc) {
            String expected = "an integer from " + min + " to " + max;
            return add(new ConfigKey(name, def == null ? null : def.toString(), doc, expected, false, v -> {
                int i;
                try {
                    i = Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(expected);
                }
                if (i < min || i > max) {
                    throw new IllegalArgumentException(expected);
                }
                return i;
            }));
        }

        public Builder stringKey(String name, String def, String doc) {
            return add(new ConfigKey(name, def, doc, "text", false, v -> v));
        }

        /** A string that may be empty only if {@code def} is empty; never logged. */
        public Builder secretKey(String name, String def, String doc) {
            return add(new ConfigKey(name, def, doc, "text (kept secret)", true, v -> v));
        }

        public Builder patternKey(String name, String def, String doc) {
            return add(new ConfigKey(name, def, doc, "a Java regular expression", false, v -> {
                try {
                    return Pattern.compile(v);
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("a Java regular expression (" + e.getDescription() + ")");
                }
            }));
        }

        public Builder boolKey(String name, Boolean def, String doc) {
            return add(new ConfigKey(name, def == null ? null : def.toString(), doc, "true or false", false, v -> {
                String s = v.toLowerCase(Locale.ROOT);
                if (s.equals("true") || s.equals("yes") || s.equals("on")) {
                    return true;
                }
                if (s.equals("false") || s.equals("no") || s.equals("off")) {
                    return false;
                }
                throw new IllegalArgumentException("true or false");
            }));
        }

        public Builder durationKey(String name, String def, String doc) {
            return add(new ConfigKey(
                    name, def, doc, "a duration such as 500ms, 30s, 5m, 2h or 7d", false, ConfigSpec::parseDuration));
        }

        public Builder listKey(String name, String def, String doc) {
            return add(new ConfigKey(
                    name,
                    def,
                    doc,
                    "a comma-separated list",
                    false,
                    v -> v.isBlank()
                            ? List.of()
                            : Arrays.stream(v.split(","))
                                    .map(String::trim)
                                    .filter(s -> !s.isEmpty())
                                    .toList()));
        }

        public <E extends Enum<E>> Builder enumKey(String name, E def, Class<E> type, String doc) {
            String expected = "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(e -> e.name().toLowerCase(Locale.ROOT))
                            .toList();
            return add(new ConfigKey(
                    name, def == null ? null : def.name().toLowerCase(Locale.ROOT), doc, expected, false, v -> {
                        for (E e : type.getEnumConstants()) {
                            if (e.name().equalsIgnoreCase(v.replace('-', '_'))) {
                                return e;
                            }
                        }
                        throw new IllegalArgumentException(expected);
                    }));
        }

        public ConfigSpec build() {
            return new ConfigSpec(title, new LinkedHashMap<>(keys), new LinkedHashMap<>(sections));
        }
    }

    static Duration parseDuration(String v) {
        var m = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)").matcher(v.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("a duration such as 500ms, 30s, 5m, 2h or 7d");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
