package org.aden.login.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * bcrypt password hashing (salted, slow; cost = log2 of the rounds). Passwords here are at most 16 ASCII characters
 * (the client's limit), well inside bcrypt's 72-byte input. {@link #burn} spends the same time as a verification, so
 * an unknown account cannot be told from a wrong password by timing.
 *
 * <p>Accounts imported from an L2J server may still hold that server's hash, {@value #LEGACY_SHA1_PREFIX} +
 * Base64(SHA-1(password)). It is accepted so the player keeps their password; {@link #isLegacy} tells the caller to
 * replace it with a bcrypt hash after the first successful login.
 */
public final class PasswordHasher {
    private final int cost;
    private final String dummyHash;

    /** Prefix of an imported L2J hash: Base64(SHA-1(UTF-8 password)) follows. */
    public static final String LEGACY_SHA1_PREFIX = "{sha1}";

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
        if (isLegacy(hash)) {
            byte[] expected = hash.substring(LEGACY_SHA1_PREFIX.length()).getBytes(StandardCharsets.US_ASCII);
            byte[] actual = legacySha1(password).getBytes(StandardCharsets.US_ASCII);
            boolean ok = MessageDigest.isEqual(expected, actual);
            burn(password); // SHA-1 alone would answer fast enough to tell imported accounts from unknown ones
            return ok;
        }
        return BCrypt.verifyer()
                .verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8))
                .verified;
    }

    /** True for an imported L2J SHA-1 hash, which must be replaced by a bcrypt hash at the next login. */
    public static boolean isLegacy(String hash) {
        return hash != null && hash.startsWith(LEGACY_SHA1_PREFIX);
    }

    /** Base64(SHA-1(UTF-8 password)), the form L2J login servers store. */
    public static String legacySha1(String password) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    /** A verification against a throw-away hash, for the unknown-account path. */
    public void burn(String password) {
        verify(password, dummyHash);
    }
}
