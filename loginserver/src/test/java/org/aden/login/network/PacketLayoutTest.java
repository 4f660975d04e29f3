package org.aden.login.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.aden.common.crypto.LoginCrypt;
import org.aden.common.net.MalformedPacketException;
import org.aden.common.net.PacketReader;
import org.aden.common.net.PacketWriter;
import org.aden.login.network.client.RequestAuthLogin;
import org.aden.login.network.client.RequestGGAuth;
import org.aden.login.network.client.RequestServerList;
import org.aden.login.network.client.RequestServerLogin;
import org.aden.login.network.server.AccountKicked;
import org.aden.login.network.server.AccountKickedReason;
import org.aden.login.network.server.GGAuth;
import org.aden.login.network.server.Init;
import org.aden.login.network.server.LoginFail;
import org.aden.login.network.server.LoginFailReason;
import org.aden.login.network.server.LoginOk;
import org.aden.login.network.server.PlayFail;
import org.aden.login.network.server.PlayFailReason;
import org.aden.login.network.server.PlayOk;
import org.aden.login.network.server.ServerList;
import org.junit.jupiter.api.Test;

/** Byte layouts against the tables of login.md §4 (offsets from the opcode). */
class PacketLayoutTest {
    private static byte[] hex(String s) {
        return HexFormat.ofDelimiter(" ").parseHex(s);
    }

    private static int d(byte[] b, int off) {
        return new PacketReader(b, off, 4).readD();
    }

    @Test
    void init() {
        byte[] mod = new byte[128];
        Arrays.fill(mod, (byte) 0xAB);
        byte[] key = new byte[16];
        Arrays.fill(key, (byte) 0x5A);
        byte[] b = new Init(0x01020304, mod, key).encode();
        assertEquals(170, b.length);
        assertEquals(0x00, b[0]);
        assertEquals(0x01020304, d(b, 1));
        assertEquals(0x0000C621, d(b, 5));
        assertArrayEquals(mod, Arrays.copyOfRange(b, 9, 137));
        assertEquals(0x29DD954E, d(b, 137));
        assertEquals(0x77C39CFC, d(b, 141));
        assertEquals(0x97ADB620, d(b, 145));
        assertEquals(0x07BDE0F7, d(b, 149));
        assertArrayEquals(key, Arrays.copyOfRange(b, 153, 169));
        assertEquals(0x00, b[169]);
        assertEquals(184, LoginCrypt.encryptInit(b, 1).length, "wire 186 including the length");
    }

    @Test
    void ggAuth() {
        byte[] b = new GGAuth(0x11223344).encode();
        assertEquals(21, b.length);
        assertArrayEquals(hex("0b 44 33 22 11"), Arrays.copyOf(b, 5));
        assertArrayEquals(new byte[16], Arrays.copyOfRange(b, 5, 21));
    }

    @Test
    void loginOk() {
        byte[] b = new LoginOk(0x01010101, 0x02020202).encode();
        assertEquals(49, b.length);
        assertEquals(0x03, b[0]);
        assertEquals(0x01010101, d(b, 1));
        assertEquals(0x02020202, d(b, 5));
        assertEquals(0, d(b, 9));
        assertEquals(0, d(b, 13));
        assertEquals(0x000003EA, d(b, 17));
        assertArrayEquals(new byte[28], Arrays.copyOfRange(b, 21, 49));
    }

    @Test
    void failuresCarryTheirReasonAsIntsWhoseFirstByteIsTheCode() {
        assertArrayEquals(hex("01 02 00 00 00"), new LoginFail(LoginFailReason.USER_OR_PASS_WRONG).encode());
        assertArrayEquals(hex("01 07 00 00 00"), new LoginFail(LoginFailReason.ACCOUNT_IN_USE).encode());
        assertArrayEquals(hex("01 04 00 00 00"), new LoginFail(LoginFailReason.ACCESS_FAILED).encode());
        assertArrayEquals(hex("06 0f 00 00 00"), new PlayFail(PlayFailReason.TOO_MANY_PLAYERS).encode());
        assertArrayEquals(hex("02 20 00 00 00"), new AccountKicked(AccountKickedReason.PERMANENTLY_BANNED).encode());
    }

    @Test
    void encryptedSizesStayWhatTheClientExpects() {
        LoginCrypt crypt = new LoginCrypt(new byte[16]);
        assertEquals(16, crypt.encryptServerPacket(new AccountKicked(AccountKickedReason.SUSPENDED).encode()).length);
        assertEquals(16, crypt.encryptServerPacket(new PlayOk(1, 2).encode()).length);
        assertEquals(32, crypt.encryptServerPacket(new GGAuth(1).encode()).length);
        assertEquals(56, crypt.encryptServerPacket(new LoginOk(1, 2).encode()).length);
    }

    @Test
    void playOk() {
        assertArrayEquals(hex("07 11 11 11 11 22 22 22 22"), new PlayOk(0x11111111, 0x22222222).encode());
    }

    @Test
    void serverList() {
        var e = new ServerList.Entry(
                1, new byte[] {(byte) 192, (byte) 168, 0, 10}, 7777, 18, true, 300, 1000, true, 0x40, true);
        byte[] b = new ServerList(1, List.of(e)).encode();
        assertEquals(3 + 21, b.length);
        assertArrayEquals(hex("04 01 01"), Arrays.copyOf(b, 3));
        assertArrayEquals(
                hex("01 c0 a8 00 0a 61 1e 00 00 12 01 2c 01 e8 03 01 40 00 00 00 01"), Arrays.copyOfRange(b, 3, 24));
    }

    @Test
    void clientPacketsReadTheirFieldsAndRejectShortBodies() {
        byte[] gg = new PacketWriter()
                .writeD(0x0A0B0C0D)
                .writeD(0x123)
                .writeD(0x4567)
                .writeD(0x89AB)
                .writeD(0xCDEF)
                .writeZeros(19)
                .toByteArray();
        assertEquals(0x0A0B0C0D, RequestGGAuth.read(new PacketReader(gg)).sessionId());
        assertThrows(MalformedPacketException.class, () -> RequestGGAuth.read(new PacketReader(new byte[3])));

        byte[] block = new byte[128 + 47];
        block[0] = 0x77;
        assertEquals(0x77, RequestAuthLogin.read(new PacketReader(block)).rsaBlock()[0]);
        assertThrows(MalformedPacketException.class, () -> RequestAuthLogin.read(new PacketReader(new byte[127])));

        RequestServerList sl = RequestServerList.read(new PacketReader(hex("01 00 00 00 02 00 00 00 00 00 00 04")));
        assertEquals(new RequestServerList(1, 2), sl);
        assertThrows(MalformedPacketException.class, () -> RequestServerList.read(new PacketReader(new byte[7])));

        assertEquals(
                new RequestServerLogin(1, 2, 3),
                RequestServerLogin.read(new PacketReader(hex("01 00 00 00 02 00 00 00 03"))));
        assertThrows(MalformedPacketException.class, () -> RequestServerLogin.read(new PacketReader(new byte[8])));
    }

    @Test
    void credentialFieldsAreTrimmedLikeRef() {
        byte[] block = new byte[128];
        System.arraycopy("alice".getBytes(), 0, block, 0x5E, 5);
        System.arraycopy("sixteen-chars-pw".getBytes(), 0, block, 0x6C, 16);
        assertEquals("alice", LoginFlow.field(block, 0x5E, 14));
        assertEquals("sixteen-chars-pw", LoginFlow.field(block, 0x6C, 16));
        assertEquals(0x6C, LoginFlow.passwordOffset(block));
    }

    @Test
    void passwordTwoBytesLaterIsReadWhole() {
        // the public TS client puts the password at 0x6E; a 16-character one must not lose its tail
        byte[] block = new byte[128];
        System.arraycopy("sixteen-chars-pw".getBytes(), 0, block, 0x6E, 16);
        assertEquals(0x6E, LoginFlow.passwordOffset(block));
        assertEquals("sixteen-chars-pw", LoginFlow.field(block, LoginFlow.passwordOffset(block), 16));
    }
}
