package org.aden.game.script;

import java.nio.file.Path;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;

/** Turns compiler errors and script exceptions into "file:line: message" text for the log and the GM. */
final class ScriptErrors {
    private ScriptErrors() {}

    /** "scripts/npcs/x.groovy:12: unexpected input ..." for every error the compiler found (first three). */
    static String compileError(Path file, CompilationFailedException e) {
        if (e instanceof MultipleCompilationErrorsException m
                && m.getErrorCollector().getErrorCount() > 0) {
            StringBuilder out = new StringBuilder();
            int shown = 0;
            for (Message msg : m.getErrorCollector().getErrors()) {
                if (shown == 3) {
                    out.append("; ...");
                    break;
                }
                if (shown > 0) {
                    out.append("; ");
                }
                if (msg instanceof SyntaxErrorMessage s) {
                    SyntaxException se = s.getCause();
                    out.append(file)
                            .append(':')
                            .append(se.getLine())
                            .append(": ")
                            .append(oneLine(se.getOriginalMessage()));
                } else {
                    out.append(file).append(": ").append(oneLine(String.valueOf(msg)));
                }
                shown++;
            }
            return out.toString();
        }
        return file + ": " + oneLine(e.getMessage());
    }

    /**
     * Where in a script the exception was thrown ("gatekeeper.groovy:42"), from the first stack frame of a Groovy
     * source; null when no script frame is on the stack.
     */
    static String scriptFrame(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            for (StackTraceElement f : c.getStackTrace()) {
                String name = f.getFileName();
                if (name != null && name.endsWith(".groovy") && f.getLineNumber() > 0) {
                    return name + ":" + f.getLineNumber();
                }
            }
        }
        return null;
    }

    /** "npcs/x.groovy:42: IllegalStateException: text" (the script's own line when it is on the stack). */
    static String runtimeError(String file, Throwable t) {
        String at = scriptFrame(t);
        String where = at == null ? file : file.substring(0, file.lastIndexOf('/') + 1) + at;
        return where + ": " + t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : ": " + oneLine(t.getMessage()));
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replace("\r", "").replace('\n', ' ').trim();
    }
}
