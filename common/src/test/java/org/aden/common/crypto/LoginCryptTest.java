package org.aden.common.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import org.aden.common.net.MalformedPacketException;
import org.junit.jupiter.api.Test;

/** Vectors from login.md §3. */
class LoginCryptTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    private static byte[] hex(String s) {
        return HEX.parseHex(s.trim().replaceAll("\\s+", " "));
    }

    private static byte[] seq(int from, int count) {
        byte[] b = new byte[count];
        for (int i = 0; i < count; i++) {
            b[i] = (byte) (from + i);
        }
        return b;
    }

    @Test
    void blowfishVariantMatchesReferenceVectors() {
        L2Blowfish bf = new L2Blowfish(LoginCrypt.STATIC_KEY);
        byte[] zero = new byte[8];
        bf.encrypt(zero, 0, 8);
        assertArrayEquals(hex("46 d6 a1 9b 80 85 47 46"), zero);

        byte[] data = seq(0, 16);
        bf.encrypt(data, 0, 16);
        assertArrayEquals(hex("45 8e f8 cb 40 96 6a 79 1b 91 61 db c9 04 28 22"), data);
        bf.decrypt(data, 0, 16);
        assertArrayEquals(seq(0, 16), data);
    }

    @Test
    void checksumVector() {
        byte[] b = hex("05 11 22 33 44 55 66 77 88 00 00 00 00 00 00 00");
        LoginCrypt.writeChecksum(b, b.length);
        assertArrayEquals(hex("c9 44 44 44"), Arrays.copyOfRange(b, 12, 16));
        assertTrue(LoginCrypt.verifyChecksum(b, b.length));
        b[3] ^= 1;
        assertFalse(LoginCrypt.verifyChecksum(b, b.length));
    }

    @Test
    void xorPassVector() {
        byte[] b = new byte[24];
        System.arraycopy(seq(0, 16), 0, b, 0, 16);
        LoginCrypt.encXorPass(b, 24, 0x12345678);
        assertArrayEquals(hex("00 01 02 03 78 5e 3c 1e 8c 6d 4e 2f 9c 7c 5c 3c 90 71 52 33 00 00 00 00"), b);
        LoginCrypt.decXorPass(b, 24);
        assertArrayEquals(seq(0, 16), Arrays.copyOf(b, 16));
    }

    @Test
    void playOkEndToEndVector() {
        LoginCrypt crypt = new LoginCrypt(seq(1, 16));
        byte[] body = hex("07 11 11 11 11 22 22 22 22");
        byte[] wire = crypt.encryptServerPacket(body);
        assertArrayEquals(hex("d9 28 00 f3 9e 91 08 98 52 b3 e0 51 bc 69 62 e2"), wire);
        byte[] plain = crypt.decryptServerPacket(wire);
        assertArrayEquals(hex("07 11 11 11 11 22 22 22 22 00 00 00 34 33 33 33"), plain);
    }

    @Test
    void fullInitVector() {
        // Init body as in login.md §4.1 with the synthetic values of the vector
        byte[] body = new byte[170];
        body[0] = 0;
        LoginCrypt.putInt(body, 1, 0x01020304);
        LoginCrypt.putInt(body, 5, 0x0000C621);
        for (int i = 0; i < 128; i++) {
            body[9 + i] = (byte) (0x80 + i);
        }
        LoginCrypt.putInt(body, 137, 0x29DD954E);
        LoginCrypt.putInt(body, 141, 0x77C39CFC);
        LoginCrypt.putInt(body, 145, 0x97ADB620);
        LoginCrypt.putInt(body, 149, 0x07BDE0F7);
        System.arraycopy(seq(0, 16), 0, body, 153, 16);
        byte[] wire = LoginCrypt.encryptInit(body, 0x12345678);
        byte[] expected = hex("""
                ba 00 48 0b a0 24 bb 7e 3d 64 c5 51 cc b6 8d 95
                72 e0 91 51 16 08 d2 83 3a 53 a3 24 62 6f a7 53
                ee 11 2b d1 8c 68 1d e9 86 2d 96 49 60 8e 7b 5f
                51 2b 28 58 e7 63 58 ce 56 8a 28 7d ba 85 5e 54
                57 1c 0e e5 83 9b ab 72 59 e5 61 4c 52 9c 9a c0
                9b 86 71 11 cf 6f b4 55 fc 31 db 50 f9 63 98 d9
                e5 b8 e4 72 bf 49 33 c2 b8 8e ea 01 16 ca ec 6d
                07 dd dd 56 c5 82 08 7d da 76 a1 79 75 49 a3 1c
                b0 06 d4 6b e9 c0 c3 fd 7c 42 df 21 2c 23 aa 4b
                cb 3e 02 ff c1 62 2b e1 f8 5e cf d5 1c 6e 4c a7
                00 45 d8 44 a1 0a ee fe 0f bc 7b 8c 4a 7c 2f 28
                a4 bd 33 66 4d 51 65 10 6b 2d""");
        assertEquals(186, expected.length);
        assertArrayEquals(Arrays.copyOfRange(expected, 2, 186), wire);

        byte[] back = LoginCrypt.decryptInit(wire);
        assertArrayEquals(body, Arrays.copyOf(back, 170));
    }

    @Test
    void clientPacketRoundTripAndChecksumEnforced() {
        LoginCrypt crypt = new LoginCrypt(seq(7, 16));
        byte[] body = hex("02 aa bb cc dd 11 22 33 44 01");
        byte[] wire = crypt.encryptClientPacket(body);
        assertEquals(24, wire.length); // TS layout: 12 + 8 -> 20 -> 24
        assertArrayEquals(body, Arrays.copyOf(crypt.decryptClientPacket(wire), body.length));
        wire[3] ^= 0x40;
        assertThrows(MalformedPacketException.class, () -> crypt.decryptClientPacket(wire));
        assertThrows(MalformedPacketException.class, () -> crypt.decryptClientPacket(new byte[12]));
    }

    @Test
    void modulusScrambleRoundTripsAndRsaBlockDecrypts() throws Exception {
        RsaKeyPool pool = RsaKeyPool.generate(2, new java.util.Random(1));
        RsaKeyPool.Entry e = pool.next();
        BigInteger n = ScrambledModulus.unscramble(e.scrambledModulus());
        assertEquals(e.publicKey().getModulus(), n);
        assertFalse(Arrays.equals(ScrambledModulus.toBytes(n), e.scrambledModulus()));

        byte[] block = new byte[128];
        block[0x5E] = 'u';
        block[0x6C] = 'p';
        byte[] c = ScrambledModulus.toBytes(new BigInteger(1, block).modPow(BigInteger.valueOf(65537), n));
        assertArrayEquals(block, e.decryptBlock(c));
    }
}
