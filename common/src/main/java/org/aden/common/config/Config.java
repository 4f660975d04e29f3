package org.aden.common.config;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Parsed, validated configuration values. Immutable; typed getters fail fast on a wrong type or key. */
public final class Config {
    private final ConfigSpec spec;
    private final Map<String, Object> values;
    private final Map<String, String> sources;

    Config(ConfigSpec spec, Map<String, Object> values, Map<String, String> sources) {
        this.spec = spec;
        this.values = Collections.unmodifiableMap(values);
        this.sources = Collections.unmodifiableMap(sources);
    }

    public ConfigSpec spec() {
        return spec;
    }

    private <T> T get(String key, Class<T> type) {
        spec.key(key);
        Object v = values.get(key);
        if (v == null) {
            return null;
        }
        if (!type.isInstance(v)) {
            throw new IllegalArgumentException("config key " + key + " is not a " + type.getSimpleName());
        }
        return type.cast(v);
    }

    public int getInt(String key) {
        return get(key, Integer.class);
    }

    public String getString(String key) {
        String s = get(key, String.class);
        return s == null ? "" : s;
    }

    public boolean getBool(String key) {
        return get(key, Boolean.class);
    }

    public Duration getDuration(String key) {
        return get(key, Duration.class);
    }

    public Pattern getPattern(String key) {
        return get(key, Pattern.class);
    }

    @SuppressWarnings("unchecked")
    public List<String> getList(String key) {
        List<String> l = get(key, List.class);
        return l == null ? List.of() : l;
    }

    public <E extends Enum<E>> E getEnum(String key, Class<E> type) {
        return get(key, type);
    }

    /** Where a key's value came from: "default", the file and line, an environment variable or "override". */
    public String sourceOf(String key) {
        return sources.getOrDefault(key, "default");
    }
}
