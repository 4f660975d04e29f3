package org.aden.common.link;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 helpers for the link's challenge-response and per-message tags. */
final class Hmac {
    static final int LENGTH = 32;

    private Hmac() {}

    static byte[] mac(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] p : parts) {
                mac.update(p);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    static byte[] secretKey(String secret) {
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] label(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] id(int serverId) {
        return new byte[] {(byte) serverId};
    }

    /** Constant-time comparison, so a wrong proof leaks nothing through timing. */
    static boolean equal(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }

    /** What the game server proves: it knows the secret, bound to this challenge, its nonce and its id. */
    static byte[] registerProof(String secret, byte[] serverNonce, byte[] clientNonce, int serverId) {
        return mac(secretKey(secret), label("aden-link-register"), serverNonce, clientNonce, id(serverId));
    }

    /** What the login server proves back. */
    static byte[] acceptProof(String secret, byte[] serverNonce, byte[] clientNonce, int serverId) {
        return mac(secretKey(secret), label("aden-link-accept"), clientNonce, serverNonce, id(serverId));
    }

    /** Key for the per-message tags of this link session. */
    static byte[] sessionKey(String secret, byte[] serverNonce, byte[] clientNonce) {
        return mac(secretKey(secret), label("aden-link-session"), serverNonce, clientNonce);
    }
}
