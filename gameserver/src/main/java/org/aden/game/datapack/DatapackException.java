package org.aden.game.datapack;

import java.nio.file.Path;

/** Broken datapack content; the message names the file and line so the author can fix it. */
public class DatapackException extends RuntimeException {
    private final Path file;
    private final int line;
    private final String reason;

    public DatapackException(Path file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message, null, false, false);
        this.file = file;
        this.line = line;
        this.reason = message;
    }

    protected DatapackException(String message) {
        super(message, null, false, false);
        this.file = null;
        this.line = 0;
        this.reason = message;
    }

    public DatapackException(String message, Throwable cause) {
        super(message, cause);
        this.file = null;
        this.line = 0;
        this.reason = message;
    }

    /** The message with the file shown relative to {@code root} (how validate and the log print it). */
    public String relativeTo(Path root) {
        if (file == null) {
            return reason;
        }
        Path shown = file.startsWith(root) ? root.relativize(file) : file;
        return shown + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
