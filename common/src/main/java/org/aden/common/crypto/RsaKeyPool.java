package org.aden.common.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import javax.crypto.Cipher;

/**
 * A fixed pool of RSA-1024 key pairs (e = 65537) made at start-up, because generating one costs about 25 ms and
 * every login connection needs one. Each connection takes a random pair; the pairs are immutable.
 */
public final class RsaKeyPool {
    /** One RSA pair plus its modulus already scrambled for Init. */
    public record Entry(RSAPublicKey publicKey, RSAPrivateKey privateKey, byte[] scrambledModulus) {
        public byte[] scrambledModulus() {
            return scrambledModulus.clone();
        }

        /** Raw (no padding) RSA decryption of one 128-byte block, result left-padded to 128 bytes. */
        public byte[] decryptBlock(byte[] block) {
            try {
                Cipher c = Cipher.getInstance("RSA/ECB/NoPadding");
                c.init(Cipher.DECRYPT_MODE, privateKey);
                byte[] out = c.doFinal(block, 0, 128);
                if (out.length == 128) {
                    return out;
                }
                byte[] padded = new byte[128];
                System.arraycopy(out, 0, padded, 128 - out.length, out.length);
                return padded;
            } catch (GeneralSecurityException e) {
                // e.g. a block numerically >= the modulus: the caller treats this as a malformed packet
                throw new IllegalArgumentException("RSA block rejected: " + e.getMessage());
            }
        }
    }

    private final List<Entry> entries;
    private final RandomGenerator random;

    private RsaKeyPool(List<Entry> entries, RandomGenerator random) {
        this.entries = entries;
        this.random = random;
    }

    /** Generates {@code size} key pairs (in parallel); picks among them with {@code random}. */
    public static RsaKeyPool generate(int size, RandomGenerator random) {
        if (size < 1) {
            throw new IllegalArgumentException("RSA key pool size must be at least 1");
        }
        List<Entry> entries =
                IntStream.range(0, size).parallel().mapToObj(i -> newEntry()).toList();
        return new RsaKeyPool(entries, random);
    }

    private static Entry newEntry() {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(new RSAKeyGenParameterSpec(1024, RSAKeyGenParameterSpec.F4));
            KeyPair pair = gen.generateKeyPair();
            RSAPublicKey pub = (RSAPublicKey) pair.getPublic();
            return new Entry(pub, (RSAPrivateKey) pair.getPrivate(), ScrambledModulus.scramble(pub.getModulus()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation unavailable", e);
        }
    }

    public Entry next() {
        return entries.get(random.nextInt(entries.size()));
    }

    public int size() {
        return entries.size();
    }
}
