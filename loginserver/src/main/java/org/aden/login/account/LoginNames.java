package org.aden.login.account;

import java.util.regex.Pattern;
import org.aden.common.text.AccountNames;

/**
 * Rules for login names and passwords. Names ({@link AccountNames}, shared with the game server) are case-insensitive (stored lower-case), 2..14 characters of letters,
 * digits and underscore: 14 is the width of the name field in the client's RSA block. Passwords are 4..16 printable
 * ASCII characters (16 = the password field); shorter ones are refused only when creating or changing a password.
 */
public final class LoginNames {
    public static final int MAX_NAME = AccountNames.MAX_LENGTH;
    public static final int MAX_PASSWORD = 16;
    public static final int MIN_PASSWORD = 4;
    private static final Pattern PASSWORD = Pattern.compile("[\\x21-\\x7E]{4,16}");

    private LoginNames() {}

    /** The canonical (lower-case) form, or null if the name is not acceptable. */
    public static String normalize(String login) {
        return AccountNames.normalize(login);
    }

    public static boolean acceptablePassword(String password) {
        return password != null && PASSWORD.matcher(password).matches();
    }
}
