package org.aden.common.crypto;

import java.util.Arrays;

/**
 * The game protocol's rolling XOR cipher (game-handshake.md §2): a 16-byte key whose first 8 bytes are
 * random per connection and whose last 8 are fixed; each byte is XORed with the key and the previous
 * ciphertext byte, and after every packet the 32-bit counter in key bytes 8..11 advances by the packet's
 * length. Each direction keeps its own copy of the key, so one instance serves both directions of one
 * connection (server or client side alike). Not thread-safe: callers serialise each direction.
 */
public final class GameCrypt {
    /** The half of the key that never travels on the wire (K[8..15]). */
    private static final byte[] FIXED_TAIL = {(byte) 0xC8, 0x27, (byte) 0x93, 0x01, (byte) 0xA1, 0x6C, 0x31, (byte) 0x97
    };

    private final byte[] inKey;
    private final byte[] outKey;

    /** @param key either the 8 random bytes sent in KeyPacket or the full 16-byte key */
    public GameCrypt(byte[] key) {
        byte[] full = key.length == 8 ? fullKey(key) : key.clone();
        if (full.length != 16) {
            throw new IllegalArgumentException("game key must be 8 or 16 bytes, got " + key.length);
        }
        this.inKey = full;
        this.outKey = full.clone();
    }

    /** K[0..7] followed by the fixed tail. */
    public static byte[] fullKey(byte[] first8) {
        if (first8.length != 8) {
            throw new IllegalArgumentException("expected the 8 transmitted key bytes, got " + first8.length);
        }
        byte[] k = Arrays.copyOf(first8, 16);
        System.arraycopy(FIXED_TAIL, 0, k, 8, 8);
        return k;
    }

    /** Encrypts one whole packet body in place and rolls the outbound key. */
    public void encrypt(byte[] data, int offset, int length) {
        int prev = 0;
        for (int i = 0; i < length; i++) {
            int c = (data[offset + i] ^ outKey[i & 15] ^ prev) & 0xFF;
            data[offset + i] = (byte) c;
            prev = c;
        }
        roll(outKey, length);
    }

    public void encrypt(byte[] data) {
        encrypt(data, 0, data.length);
    }

    /** Decrypts one whole packet body in place and rolls the inbound key. */
    public void decrypt(byte[] data, int offset, int length) {
        int prev = 0;
        for (int i = 0; i < length; i++) {
            int c = data[offset + i] & 0xFF;
            data[offset + i] = (byte) (c ^ inKey[i & 15] ^ prev);
            prev = c;
        }
        roll(inKey, length);
    }

    public void decrypt(byte[] data) {
        decrypt(data, 0, data.length);
    }

    private static void roll(byte[] key, int length) {
        int counter = (key[8] & 0xFF) | (key[9] & 0xFF) << 8 | (key[10] & 0xFF) << 16 | (key[11] & 0xFF) << 24;
        counter += length;
        key[8] = (byte) counter;
        key[9] = (byte) (counter >>> 8);
        key[10] = (byte) (counter >>> 16);
        key[11] = (byte) (counter >>> 24);
    }
}
