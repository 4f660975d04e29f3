package org.aden.common.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule for account (login) names, shared by the login server, which creates and authenticates accounts,
 * and the game server, which receives the name again in AuthLogin and passes it over the link: 2-14 characters of
 * a-z, 0-9 and underscore, case-insensitive (stored lower-case). 14 is the width of the name field in the client's
 * RSA block, so a real client never sends anything else.
 */
public final class AccountNames {
    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 14;
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{" + MIN_LENGTH + "," + MAX_LENGTH + "}");

    private AccountNames() {}

    /** The canonical (lower-case) form, or null if no account can have this name. */
    public static String normalize(String name) {
        if (name == null || name.length() > MAX_LENGTH) {
            return null;
        }
        String s = name.toLowerCase(Locale.ROOT);
        return NAME.matcher(s).matches() ? s : null;
    }

    public static boolean isValid(String name) {
        return normalize(name) != null;
    }
}
