package org.aden.common.crypto;

import java.math.BigInteger;

/** The byte shuffle the login protocol applies to the RSA modulus in Init (login.md §3.8), and its inverse. */
public final class ScrambledModulus {
    private ScrambledModulus() {}

    /** The modulus as exactly 128 unsigned big-endian bytes. */
    public static byte[] toBytes(BigInteger modulus) {
        byte[] raw = modulus.toByteArray();
        byte[] out = new byte[128];
        int copy = Math.min(raw.length, 128);
        System.arraycopy(raw, raw.length - copy, out, 128 - copy, copy);
        return out;
    }

    public static byte[] scramble(BigInteger modulus) {
        byte[] b = toBytes(modulus);
        for (int i = 0; i < 4; i++) {
            byte t = b[i];
            b[i] = b[0x4D + i];
            b[0x4D + i] = t;
        }
        for (int i = 0; i < 0x40; i++) {
            b[i] ^= b[0x40 + i];
        }
        for (int i = 0; i < 4; i++) {
            b[0x0D + i] ^= b[0x34 + i];
        }
        for (int i = 0; i < 0x40; i++) {
            b[0x40 + i] ^= b[i];
        }
        return b;
    }

    /** What the client does with Init's 128 bytes to get the modulus back. */
    public static BigInteger unscramble(byte[] scrambled) {
        if (scrambled.length != 128) {
            throw new IllegalArgumentException("scrambled modulus must be 128 bytes");
        }
        byte[] b = scrambled.clone();
        for (int i = 0; i < 0x40; i++) {
            b[0x40 + i] ^= b[i];
        }
        for (int i = 0; i < 4; i++) {
            b[0x0D + i] ^= b[0x34 + i];
        }
        for (int i = 0; i < 0x40; i++) {
            b[i] ^= b[0x40 + i];
        }
        for (int i = 0; i < 4; i++) {
            byte t = b[i];
            b[i] = b[0x4D + i];
            b[0x4D + i] = t;
        }
        return new BigInteger(1, b);
    }
}
