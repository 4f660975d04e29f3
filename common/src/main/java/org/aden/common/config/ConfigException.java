package org.aden.common.config;

/** A configuration problem, with a one-line message that names the file, the key and what was expected. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message, null, false, false);
    }
}
