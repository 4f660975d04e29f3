package org.aden.common.crypto;

import java.util.Arrays;
import org.aden.common.net.MalformedPacketException;

/**
 * The login protocol's packet transform (login.md §3.4-§3.7), both sides: checksum, padding, the Init
 * packet's rolling XOR pass under the static key, and the dynamic-key Blowfish for everything else.
 * Stateless apart from the key; one instance per connection.
 */
public final class LoginCrypt {
    /** The static key that encrypts Init and nothing else (login.md §3.2). */
    public static final byte[] STATIC_KEY = {
        0x6B,
        0x60,
        (byte) 0xCB,
        0x5B,
        (byte) 0x82,
        (byte) 0xCE,
        (byte) 0x90,
        (byte) 0xB1,
        (byte) 0xCC,
        0x2B,
        0x6C,
        0x55,
        0x6C,
        0x6C,
        0x6C,
        0x6C
    };

    private final L2Blowfish dynamic;

    public LoginCrypt(byte[] dynamicKey) {
        this.dynamic = new L2Blowfish(dynamicKey);
    }

    // ---- server side ----

    /** Encrypts Init (login.md §3.6): XOR pass with start value {@code xorKey}, then the static key. */
    public static byte[] encryptInit(byte[] body, int xorKey) {
        int size = body.length + 8;
        size += 8 - size % 8;
        byte[] buf = Arrays.copyOf(body, size);
        encXorPass(buf, size, xorKey);
        new L2Blowfish(STATIC_KEY).encrypt(buf, 0, size);
        return buf;
    }

    /** Encrypts a regular server packet (login.md §3.5): pad (always 1..8 bytes), checksum, dynamic key. */
    public byte[] encryptServerPacket(byte[] body) {
        int size = body.length + 4;
        size += 8 - size % 8;
        byte[] buf = Arrays.copyOf(body, size);
        writeChecksum(buf, size);
        dynamic.encrypt(buf, 0, size);
        return buf;
    }

    /**
     * Decrypts a client packet and verifies its checksum (login.md §3.7). REF skips the check but ACIS
     * enforces it, so the original client sends a valid one; a bad checksum is a malformed packet here.
     * Returns the decrypted body including padding and checksum (fields are read from offset 0).
     */
    public byte[] decryptClientPacket(byte[] encrypted) {
        if (encrypted.length < 8 || encrypted.length % 8 != 0) {
            throw new MalformedPacketException(
                    "login packet length " + encrypted.length + " is not a positive multiple of 8");
        }
        byte[] buf = encrypted.clone();
        dynamic.decrypt(buf, 0, buf.length);
        if (!verifyChecksum(buf, buf.length)) {
            throw new MalformedPacketException("login packet checksum mismatch");
        }
        return buf;
    }

    // ---- client side (headless client, tests) ----

    /** Reverses {@link #encryptInit}: static-key decrypt, then undo the XOR pass. Returns the padded body. */
    public static byte[] decryptInit(byte[] encrypted) {
        if (encrypted.length < 16 || encrypted.length % 8 != 0) {
            throw new MalformedPacketException("Init length " + encrypted.length + " is not a multiple of 8");
        }
        byte[] buf = encrypted.clone();
        new L2Blowfish(STATIC_KEY).decrypt(buf, 0, buf.length);
        decXorPass(buf, buf.length);
        return buf;
    }

    /**
     * Encrypts a client packet the way the client does (TS's observed layout, login.md §3.7): zero-pad the body to
     * a multiple of 4, append 4 zero bytes and the checksum word, pad to a multiple of 8, checksum over all.
     */
    public byte[] encryptClientPacket(byte[] body) {
        int size = (body.length + 3) & ~3;
        size += 8;
        size = (size + 7) & ~7;
        byte[] buf = Arrays.copyOf(body, size);
        writeChecksum(buf, size);
        dynamic.encrypt(buf, 0, size);
        return buf;
    }

    /** Decrypts a regular server packet and checks its checksum. */
    public byte[] decryptServerPacket(byte[] encrypted) {
        return decryptClientPacket(encrypted); // same transform in both directions
    }

    // ---- the pieces, package-visible for the vector tests ----

    /** XOR of all words but the last, stored in the last word (login.md §3.4). */
    static void writeChecksum(byte[] buf, int size) {
        int check = 0;
        for (int p = 0; p < size - 4; p += 4) {
            check ^= getInt(buf, p);
        }
        putInt(buf, size - 4, check);
    }

    static boolean verifyChecksum(byte[] buf, int size) {
        if (size < 8 || size % 4 != 0) {
            return false;
        }
        int check = 0;
        for (int p = 0; p < size - 4; p += 4) {
            check ^= getInt(buf, p);
        }
        return check == getInt(buf, size - 4);
    }

    static void encXorPass(byte[] buf, int size, int key) {
        int p = 4;
        for (; p < size - 8; p += 4) {
            int w = getInt(buf, p);
            key += w;
            putInt(buf, p, w ^ key);
        }
        putInt(buf, p, key);
    }

    static void decXorPass(byte[] buf, int size) {
        int key = getInt(buf, size - 8);
        for (int p = size - 12; p >= 4; p -= 4) {
            int w = getInt(buf, p) ^ key;
            putInt(buf, p, w);
            key -= w;
        }
    }

    static int getInt(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (b[p + 3] & 0xFF) << 24;
    }

    static void putInt(byte[] b, int p, int v) {
        b[p] = (byte) v;
        b[p + 1] = (byte) (v >>> 8);
        b[p + 2] = (byte) (v >>> 16);
        b[p + 3] = (byte) (v >>> 24);
    }
}
