package org.aden.game.datapack;

import java.nio.file.Path;

/** Broken datapack content; the message names the file and line so the author can fix it. */
public final class DatapackException extends RuntimeException {
    public DatapackException(Path file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message, null, false, false);
    }

    public DatapackException(String message, Throwable cause) {
        super(message, cause);
    }
}
