package org.aden.common.text;

/**
 * Text that came from a player (names, chat, anything typed), made safe before it is written to a log or relayed
 * to other players. Unsafe are: control characters (CR, LF, TAB, ESC, NEL...), line and paragraph separators,
 * format characters (bidirectional overrides and isolates such as U+202E, zero-width space/joiners, BOM, soft
 * hyphen), lone surrogates and noncharacters. A log line built with {@link #forLog} can never start a new line or
 * reorder what follows it; a chat line built with {@link #forRelay} shows other players what the sender typed,
 * without invisible tricks.
 */
public final class PlayerText {
    /** Longest player text written into one log line; the rest is cut (names and chat are far shorter). */
    public static final int MAX_LOG_LENGTH = 200;

    private PlayerText() {}

    /** True for a character that must never be logged or relayed as is. */
    public static boolean isUnsafe(int codePoint) {
        if (!Character.isValidCodePoint(codePoint)) {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE,
                    Character.UNASSIGNED -> true;
            default -> (codePoint & 0xFFFE) == 0xFFFE; // U+xxFFFE/U+xxFFFF noncharacters
        };
    }

    /** True when {@code s} holds no unsafe character (null counts as safe). */
    public static boolean isSafe(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isUnsafe(cp) || Character.isSurrogate(s.charAt(i)) && Character.charCount(cp) == 1) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** For a log line, cut at {@link #MAX_LOG_LENGTH}. */
    public static String forLog(String s) {
        return forLog(s, MAX_LOG_LENGTH);
    }

    /**
     * For a log line: every unsafe character is shown as an escape ({@code \n}, {@code \r}, {@code \t},
     * {@code \u202E}) and a backslash as {@code \\}, so the line is one line and reads as what was sent; text
     * longer than {@code max} is cut and marked with "…(+N)". Null gives "null".
     */
    public static String forLog(String s, int max) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(Math.min(s.length(), max) + 8);
        int i = 0;
        for (; i < s.length() && b.length() < max; ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (n == 1 && Character.isSurrogate(s.charAt(i))) {
                escape(b, s.charAt(i));
            } else if (cp == '\\') {
                b.append("\\\\");
            } else if (isUnsafe(cp)) {
                switch (cp) {
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> escape(b, cp);
                }
            } else {
                b.appendCodePoint(cp);
            }
            i += n;
        }
        if (i < s.length()) {
            b.append("…(+").append(s.length() - i).append(')');
        }
        return b.toString();
    }

    /**
     * For other players' screens: line breaks and tabs become one space each, every other unsafe character is
     * removed. Visible text is kept as typed.
     */
    public static String forRelay(String s) {
        if (s == null || isSafe(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean lone = n == 1 && Character.isSurrogate(s.charAt(i));
            if (cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
                b.append(' ');
            } else if (!lone && !isUnsafe(cp)) {
                b.appendCodePoint(cp);
            }
            i += n;
        }
        return b.toString();
    }

    private static void escape(StringBuilder b, int cp) {
        b.append(cp > 0xFFFF ? String.format("\\u{%X}", cp) : String.format("\\u%04X", cp));
    }
}
