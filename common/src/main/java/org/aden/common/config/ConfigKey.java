package org.aden.common.config;

import java.util.function.Function;

/**
 * One typed configuration key: its name, its default (null = required), what it means, and how a text value
 * is parsed. {@code parser} throws {@link IllegalArgumentException} with "expected ..." text on bad input.
 */
public record ConfigKey(
        String name, String defaultText, String doc, String expected, boolean secret, Function<String, Object> parser) {

    public boolean required() {
        return defaultText == null;
    }

    /** The environment variable that overrides this key: ADEN_ + upper case, dots and dashes as underscores. */
    public String envName() {
        return envName(name);
    }

    public static String envName(String key) {
        return "ADEN_"
                + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
