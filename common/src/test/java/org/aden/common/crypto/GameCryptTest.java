package org.aden.common.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GameCryptTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");
    private static final byte[] KEY8 = {1, 2, 3, 4, 5, 6, 7, 8};

    @Test
    void matchesTheReferenceVectorsOfSection2_5() {
        GameCrypt crypt = new GameCrypt(KEY8);
        byte[] first = new byte[19];
        first[0] = 0x0D;
        byte[] second = first.clone();
        crypt.encrypt(first);
        crypt.encrypt(second);
        assertArrayEquals(HEX.parseHex("0c 0e 0d 09 0c 0a 0d 05 cd ea 79 78 d9 b5 84 13 12 10 13"), first);
        assertArrayEquals(HEX.parseHex("0c 0e 0d 09 0c 0a 0d 05 de f9 6a 6b ca a6 97 00 01 03 00"), second);
    }

    @Test
    void fullKeyAppendsTheFixedTail() {
        assertArrayEquals(HEX.parseHex("01 02 03 04 05 06 07 08 c8 27 93 01 a1 6c 31 97"), GameCrypt.fullKey(KEY8));
    }

    @Test
    void decryptsTheVectorsBackAndKeepsDirectionsIndependent() {
        GameCrypt peer = new GameCrypt(GameCrypt.fullKey(KEY8));
        // traffic in the other direction must not disturb the inbound key
        peer.encrypt(new byte[40]);
        byte[] a = HEX.parseHex("0c 0e 0d 09 0c 0a 0d 05 cd ea 79 78 d9 b5 84 13 12 10 13");
        byte[] b = HEX.parseHex("0c 0e 0d 09 0c 0a 0d 05 de f9 6a 6b ca a6 97 00 01 03 00");
        peer.decrypt(a);
        peer.decrypt(b);
        byte[] plain = new byte[19];
        plain[0] = 0x0D;
        assertArrayEquals(plain, a);
        assertArrayEquals(plain, b);
    }

    @Test
    void roundTripsRandomPacketsOfManySizes() {
        Random random = new Random(42);
        GameCrypt server = new GameCrypt(KEY8);
        GameCrypt client = new GameCrypt(KEY8);
        for (int n = 1; n < 600; n += 7) {
            byte[] plain = new byte[n];
            random.nextBytes(plain);
            byte[] wire = plain.clone();
            server.encrypt(wire);
            client.decrypt(wire);
            assertArrayEquals(plain, wire);
        }
    }
}
