package org.aden.tools.cli;

/** An expected failure of a command: printed as one line, exit code as given. */
final class CliException extends RuntimeException {
    static final int NOT_FOUND = 1;
    static final int USAGE = 2;
    static final int DATABASE = 3;

    final int exitCode;

    CliException(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }
}
