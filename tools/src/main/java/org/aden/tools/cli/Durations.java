package org.aden.tools.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "30m", "12h", "7d" → an expiry instant from now; null/empty → permanent (null). */
final class Durations {
    private static final Pattern P = Pattern.compile("(\\d+)(m|h|d)");

    private Durations() {}

    static Instant expiry(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = P.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("duration must look like 30m, 12h or 7d: " + text);
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
        return Instant.now().plus(d);
    }
}
