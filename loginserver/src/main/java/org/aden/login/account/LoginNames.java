package org.aden.login.account;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rules for login names and passwords. Names are case-insensitive (stored lower-case), 2..14 characters of letters,
 * digits and underscore: 14 is the width of the name field in the client's RSA block. Passwords are 4..16 printable
 * ASCII characters (16 = the password field); shorter ones are refused only when creating or changing a password.
 */
public final class LoginNames {
    public static final int MAX_NAME = 14;
    public static final int MAX_PASSWORD = 16;
    public static final int MIN_PASSWORD = 4;
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{2,14}");
    private static final Pattern PASSWORD = Pattern.compile("[\\x21-\\x7E]{4,16}");

    private LoginNames() {}

    /** The canonical (lower-case) form, or null if the name is not acceptable. */
    public static String normalize(String login) {
        if (login == null) {
            return null;
        }
        String s = login.toLowerCase(Locale.ROOT);
        return NAME.matcher(s).matches() ? s : null;
    }

    public static boolean acceptablePassword(String password) {
        return password != null && PASSWORD.matcher(password).matches();
    }
}
