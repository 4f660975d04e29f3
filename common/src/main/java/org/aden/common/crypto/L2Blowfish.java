package org.aden.common.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * Blowfish as Lineage II uses it (login.md §3.1): standard 16-round Blowfish in ECB mode, except that each
 * 32-bit half of a block is read and written little-endian. Implemented as the documented equivalence:
 * reverse every 4-byte group, run the JDK's standard Blowfish, reverse again. Not thread-safe (one per
 * connection); ECB keeps no state between calls, so both directions may share one instance.
 */
public final class L2Blowfish {
    private final Cipher encryptor;
    private final Cipher decryptor;

    public L2Blowfish(byte[] key) {
        try {
            SecretKeySpec spec = new SecretKeySpec(key, "Blowfish");
            encryptor = Cipher.getInstance("Blowfish/ECB/NoPadding");
            encryptor.init(Cipher.ENCRYPT_MODE, spec);
            decryptor = Cipher.getInstance("Blowfish/ECB/NoPadding");
            decryptor.init(Cipher.DECRYPT_MODE, spec);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK Blowfish unavailable or key rejected", e);
        }
    }

    /** Encrypts {@code length} bytes (a multiple of 8) in place. */
    public void encrypt(byte[] data, int offset, int length) {
        run(encryptor, data, offset, length);
    }

    /** Decrypts {@code length} bytes (a multiple of 8) in place. */
    public void decrypt(byte[] data, int offset, int length) {
        run(decryptor, data, offset, length);
    }

    private static void run(Cipher cipher, byte[] data, int offset, int length) {
        if (length % 8 != 0) {
            throw new IllegalArgumentException("Blowfish needs a multiple of 8 bytes, got " + length);
        }
        swapWords(data, offset, length);
        try {
            cipher.doFinal(data, offset, length, data, offset);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Blowfish failed on an aligned buffer", e);
        }
        swapWords(data, offset, length);
    }

    private static void swapWords(byte[] d, int offset, int length) {
        for (int i = offset; i < offset + length; i += 4) {
            byte t = d[i];
            d[i] = d[i + 3];
            d[i + 3] = t;
            t = d[i + 1];
            d[i + 1] = d[i + 2];
            d[i + 2] = t;
        }
    }
}
