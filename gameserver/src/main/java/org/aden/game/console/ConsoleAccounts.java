package org.aden.game.console;

import java.util.Optional;

/** Who may use the console: checks an account's password and returns its access level. */
public interface ConsoleAccounts {
    /** An account that passed the check, with its access level (possibly 0: the caller decides). */
    record Account(String login, int accessLevel) {}

    /** The checked account; empty when unknown, banned or the password is wrong. */
    Optional<Account> check(String login, String password) throws UnavailableException;

    /** The accounts' database cannot be reached: nobody can log in, and the page says why. */
    final class UnavailableException extends Exception {
        public UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
