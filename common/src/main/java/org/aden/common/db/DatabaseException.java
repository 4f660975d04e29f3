package org.aden.common.db;

/** The database could not be reached, migrated or used; the message says which and why. */
public final class DatabaseException extends RuntimeException {
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
