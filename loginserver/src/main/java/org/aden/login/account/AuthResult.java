package org.aden.login.account;

/** What checking a login and password found. */
public sealed interface AuthResult {
    /** Credentials are right and the account may log in. {@code created}: made just now by auto-creation. */
    record Success(Account account, boolean created) implements AuthResult {}

    /** Unknown account (auto-creation off or not possible), invalid name, or wrong password. */
    record WrongCredentials(boolean accountExists) implements AuthResult {}

    /** Right password, but the account is banned. */
    record Banned(AccountBan ban) implements AuthResult {}
}
