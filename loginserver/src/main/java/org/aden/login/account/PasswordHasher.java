package org.aden.login.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt password hashing (salted, slow; cost = log2 of the rounds). Passwords here are at most 16 ASCII characters
 * (the client's limit), well inside bcrypt's 72-byte input. {@link #burn} spends the same time as a verification, so
 * an unknown account cannot be told from a wrong password by timing.
 */
public final class PasswordHasher {
    private final int cost;
    private final String dummyHash;

    public PasswordHasher(int cost) {
        this.cost = cost;
        this.dummyHash = hash("not-a-password");
    }

    public int cost() {
        return cost;
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean verify(String password, String hash) {
        if (hash == null || hash.isEmpty()) {
            return false;
        }
        return BCrypt.verifyer()
                .verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8))
                .verified;
    }

    /** A verification against a throw-away hash, for the unknown-account path. */
    public void burn(String password) {
        verify(password, dummyHash);
    }
}
