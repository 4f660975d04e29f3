package org.aden.tools.launch;

import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.MarkerManager;

/**
 * A start that failed, said in one line: every distinct message along the cause chain ("cannot bind the game port
 * 0.0.0.0:7777: Address already in use"), printed on stderr and written to the process's log file. The shipped
 * log configurations keep lines with {@link #MARKER} off the console, so the console shows the line once.
 */
public final class StartupFailure {
    /** Marks the log copy of a "did not start" line (the console already has it on stderr). */
    public static final Marker MARKER = MarkerManager.getMarker("STARTUP_FAILURE");

    private StartupFailure() {}

    /** The messages of {@code t} and its causes, joined by ": ", each only once; the class name if none has one. */
    public static String describe(Throwable t) {
        List<String> parts = new ArrayList<>();
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String rootMessage = root.getMessage() == null ? "" : root.getMessage().strip();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String m = c.getMessage();
            if (m == null || m.isBlank()) {
                continue;
            }
            m = m.strip();
            String joined = String.join(": ", parts);
            if (!joined.contains(m)) {
                parts.add(m);
            }
            if (!rootMessage.isEmpty() && m.endsWith(rootMessage)) {
                break; // this message already ends with the root cause: the rest is its story again
            }
            if (c.getCause() == null && parts.isEmpty()) {
                parts.add(c.getClass().getSimpleName());
            }
        }
        if (parts.isEmpty()) {
            parts.add(t.getClass().getSimpleName());
        }
        return String.join(": ", parts);
    }
}
