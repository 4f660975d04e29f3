package org.aden.game.console;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.aden.common.text.PlayerText;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * A Log4j 2 appender that keeps the last N lines (INFO and above) in memory for the console. Lines are sanitised
 * as they arrive: line breaks, control and invisible characters are shown as escapes ({@link PlayerText#forLog}),
 * an exception as its one-line summary, and each line is cut to {@link #MAX_LINE} characters. The page shows them as text, never as HTML.
 */
public final class LogTail extends AbstractAppender {
    static final int MAX_LINE = 400;

    /** One kept line, numbered so a page can ask only for the lines it has not seen. */
    public record Line(long seq, String text) {}

    private final int capacity;
    private final ArrayDeque<Line> lines = new ArrayDeque<>();
    private long seq;

    public LogTail(String name, int capacity) {
        super(
                name,
                null,
                PatternLayout.newBuilder()
                        .withPattern("%d{HH:mm:ss} %-5level %c{1} - %msg")
                        .withAlwaysWriteExceptions(false)
                        .build(),
                true,
                Property.EMPTY_ARRAY);
        this.capacity = capacity;
    }

    @Override
    public void append(LogEvent event) {
        String text = getLayout().toSerializable(event).toString();
        if (event.getThrown() != null) {
            text += " (" + event.getThrown() + ")"; // one line: the stack trace is in the log file
        }
        text = sanitise(text);
        synchronized (lines) {
            lines.addLast(new Line(++seq, text));
            while (lines.size() > capacity) {
                lines.removeFirst();
            }
        }
    }

    /** The kept lines numbered above {@code after}, oldest first. */
    public List<Line> since(long after) {
        synchronized (lines) {
            List<Line> out = new ArrayList<>();
            for (Line l : lines) {
                if (l.seq() > after) {
                    out.add(l);
                }
            }
            return out;
        }
    }

    static String sanitise(String s) {
        return PlayerText.forLog(s, MAX_LINE);
    }

    /** Starts keeping the lines logged from now on in this process (the root logger, INFO and above). */
    public void attach() {
        start();
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        config.addAppender(this);
        config.getRootLogger().addAppender(this, Level.INFO, null);
        ctx.updateLoggers();
    }

    public void detach() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        config.getRootLogger().removeAppender(getName());
        ctx.updateLoggers();
        stop();
    }
}
