package org.aden.game.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.aden.common.net.MalformedPacketException;
import org.aden.common.net.PacketReader;
import org.aden.common.net.PacketWriter;
import org.aden.game.network.client.auth.AuthLogin;
import org.aden.game.network.client.auth.ProtocolVersion;
import org.aden.game.network.client.lobby.CharacterCreate;
import org.aden.game.network.client.lobby.CharacterDelete;
import org.aden.game.network.client.lobby.CharacterRestore;
import org.aden.game.network.client.lobby.CharacterSelect;
import org.aden.game.network.client.lobby.EnterWorld;
import org.aden.game.network.server.auth.KeyPacket;
import org.aden.game.network.server.auth.LoginFail;
import org.aden.game.network.server.lobby.CharCreateFail;
import org.aden.game.network.server.lobby.CharCreateOk;
import org.aden.game.network.server.lobby.CharDeleteFail;
import org.aden.game.network.server.lobby.CharDeleteSuccess;
import org.aden.game.network.server.lobby.CharSelected;
import org.aden.game.network.server.lobby.CharSelectionInfo;
import org.aden.game.network.server.lobby.NewCharacterSuccess;
import org.aden.game.network.server.lobby.RestartResponse;
import org.aden.game.network.server.manor.ExSendManorList;
import org.aden.game.network.server.system.LeaveWorld;
import org.aden.game.network.server.system.ServerClose;
import org.junit.jupiter.api.Test;

/** Every handshake and lobby packet against the byte layouts of game-handshake.md §4–§5. */
class LobbyPacketLayoutTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    private static ByteBuffer le(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] utf16z(String s) {
        byte[] str = s.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[str.length + 2];
        System.arraycopy(str, 0, out, 0, str.length);
        return out;
    }

    private static PacketReader body(byte[] packet) {
        return new PacketReader(packet, 1, packet.length - 1); // decoders start after the opcode
    }

    // ---- server → client ----

    @Test
    void keyPacketIsTheReference23ByteForm() {
        byte[] b = new KeyPacket(true, new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, true, 3).encode();
        assertArrayEquals(HEX.parseHex("00 01 01 02 03 04 05 06 07 08 01 00 00 00 03 00 00 00 01 00 00 00 00"), b);
        byte[] refused = new KeyPacket(false, new byte[8], false, 1).encode();
        assertEquals(23, refused.length);
        assertEquals(0, refused[1], "result 0 = protocol refused");
        assertEquals(0, le(refused).getInt(10), "flag 0 = no encryption");
    }

    @Test
    void smallFixedPackets() {
        assertArrayEquals(HEX.parseHex("14 01 00 00 00"), new LoginFail(LoginFail.SYSTEM_ERROR).encode());
        assertArrayEquals(HEX.parseHex("19 01 00 00 00"), new CharCreateOk().encode());
        assertArrayEquals(
                HEX.parseHex("1a 00 00 00 00"), new CharCreateFail(CharCreateFail.Reason.CREATION_FAILED).encode());
        assertArrayEquals(
                HEX.parseHex("1a 01 00 00 00"), new CharCreateFail(CharCreateFail.Reason.TOO_MANY_CHARACTERS).encode());
        assertArrayEquals(
                HEX.parseHex("1a 02 00 00 00"), new CharCreateFail(CharCreateFail.Reason.NAME_ALREADY_EXISTS).encode());
        assertArrayEquals(
                HEX.parseHex("1a 03 00 00 00"), new CharCreateFail(CharCreateFail.Reason.NAME_TOO_LONG).encode());
        assertArrayEquals(
                HEX.parseHex("1a 04 00 00 00"), new CharCreateFail(CharCreateFail.Reason.INCORRECT_NAME).encode());
        assertArrayEquals(HEX.parseHex("23"), new CharDeleteSuccess().encode());
        assertArrayEquals(
                HEX.parseHex("24 01 00 00 00"), new CharDeleteFail(CharDeleteFail.Reason.DELETION_FAILED).encode());
        assertArrayEquals(
                HEX.parseHex("24 02 00 00 00"), new CharDeleteFail(CharDeleteFail.Reason.CLAN_MEMBER).encode());
        assertArrayEquals(
                HEX.parseHex("24 03 00 00 00"), new CharDeleteFail(CharDeleteFail.Reason.CLAN_LEADER).encode());
        assertArrayEquals(HEX.parseHex("5f 01 00 00 00"), new RestartResponse(true).encode());
        assertArrayEquals(HEX.parseHex("5f 00 00 00 00"), new RestartResponse(false).encode());
        assertArrayEquals(HEX.parseHex("7e"), new LeaveWorld().encode());
        assertArrayEquals(HEX.parseHex("26"), new ServerClose().encode());
    }

    @Test
    void charSelectionInfoEntryHas297FixedBytesAtTheReferenceOffsets() {
        int[] objects = new int[17];
        int[] items = new int[17];
        for (int i = 0; i < 17; i++) {
            objects[i] = 1000 + i;
            items[i] = 2000 + i;
        }
        var e = new CharSelectionInfo.Entry(
                "Ab",
                0x10000001,
                "acc",
                0x11223344,
                7,
                1,
                2,
                31,
                95.5,
                40.25,
                123,
                0x0102030405L,
                9,
                3,
                objects,
                items,
                4,
                2,
                1,
                101.0,
                41.0,
                3600,
                33,
                true,
                200,
                5);
        byte[] b = new CharSelectionInfo(List.of(e)).encode();
        assertEquals(1 + 4 + 297 + 6 + 8, b.length, "opcode, count, fixed part, \"Ab\" and \"acc\" with terminators");
        ByteBuffer r = le(b);
        assertEquals(0x13, b[0]);
        assertEquals(1, r.getInt(1));
        int p = 5;
        assertArrayEquals(utf16z("Ab"), java.util.Arrays.copyOfRange(b, p, p + 6));
        p += 6;
        assertEquals(0x10000001, r.getInt(p)); // #2 object id
        p += 4;
        assertArrayEquals(utf16z("acc"), java.util.Arrays.copyOfRange(b, p, p + 8));
        p += 8;
        int s = p; // field #4 onwards: fixed offsets from here
        assertEquals(0x11223344, r.getInt(s)); // #4 session id
        assertEquals(7, r.getInt(s + 4)); // #5 clan
        assertEquals(0, r.getInt(s + 8)); // #6
        assertEquals(1, r.getInt(s + 12)); // #7 sex
        assertEquals(2, r.getInt(s + 16)); // #8 race
        assertEquals(31, r.getInt(s + 20)); // #9 base class
        assertEquals(1, r.getInt(s + 24)); // #10
        assertEquals(0, r.getInt(s + 28) | r.getInt(s + 32) | r.getInt(s + 36)); // #11-13
        assertEquals(95.5, r.getDouble(s + 40)); // #14 hp
        assertEquals(40.25, r.getDouble(s + 48)); // #15 mp
        assertEquals(123, r.getInt(s + 56)); // #16 sp
        assertEquals(0x0102030405L, r.getLong(s + 60)); // #17 exp
        assertEquals(9, r.getInt(s + 68)); // #18 level
        assertEquals(3, r.getInt(s + 72)); // #19 karma
        for (int i = 0; i < 9; i++) {
            assertEquals(0, r.getInt(s + 76 + 4 * i)); // #20-28
        }
        for (int i = 0; i < 17; i++) {
            assertEquals(1000 + i, r.getInt(s + 112 + 4 * i)); // #29-45
            assertEquals(2000 + i, r.getInt(s + 180 + 4 * i)); // #46-62
        }
        assertEquals(4, r.getInt(s + 248)); // #63 hair style
        assertEquals(2, r.getInt(s + 252)); // #64 hair colour
        assertEquals(1, r.getInt(s + 256)); // #65 face
        assertEquals(101.0, r.getDouble(s + 260)); // #66 max hp
        assertEquals(41.0, r.getDouble(s + 268)); // #67 max mp
        assertEquals(3600, r.getInt(s + 276)); // #68 delete seconds
        assertEquals(33, r.getInt(s + 280)); // #69 class
        assertEquals(1, r.getInt(s + 284)); // #70 selected
        assertEquals(127, b[s + 288]); // #71 enchant, capped
        assertEquals(5, r.getInt(s + 289)); // #72 augmentation
        assertEquals(b.length, s + 293);
    }

    @Test
    void emptyCharSelectionInfoIsJustTheCount() {
        assertArrayEquals(HEX.parseHex("13 00 00 00 00"), new CharSelectionInfo(List.of()).encode());
    }

    @Test
    void newCharacterSuccessFramesEachStat() {
        byte[] b = new NewCharacterSuccess(List.of(
                        new NewCharacterSuccess.Template(0, 0, 40, 30, 43, 21, 11, 25),
                        new NewCharacterSuccess.Template(4, 53, 39, 29, 45, 20, 10, 27)))
                .encode();
        assertEquals(1 + 4 + 2 * 80, b.length);
        ByteBuffer r = le(b);
        assertEquals(0x17, b[0]);
        assertEquals(2, r.getInt(1));
        int[] expected = {
            0, 0, 0x46, 40, 0x0A, 0x46, 30, 0x0A, 0x46, 43, 0x0A, 0x46, 21, 0x0A, 0x46, 11, 0x0A, 0x46, 25, 0x0A
        };
        for (int i = 0; i < 20; i++) {
            assertEquals(expected[i], r.getInt(5 + 4 * i), "field " + (i + 1));
        }
        assertEquals(4, r.getInt(85));
        assertEquals(53, r.getInt(89));
        assertEquals(39, r.getInt(97)); // STR of the second template
    }

    @Test
    void charSelectedLayout() {
        byte[] b = new CharSelected(
                        "Ab",
                        0x10000001,
                        "T",
                        77,
                        5,
                        1,
                        4,
                        53,
                        -1,
                        2,
                        -3,
                        80.5,
                        30.0,
                        11,
                        1234L,
                        2,
                        0,
                        6,
                        20,
                        39,
                        45,
                        27,
                        29,
                        10,
                        1500)
                .encode();
        ByteBuffer r = le(b);
        assertEquals(0x15, b[0]);
        int p = 1 + 6;
        assertEquals(0x10000001, r.getInt(p));
        p += 4;
        assertArrayEquals(utf16z("T"), java.util.Arrays.copyOfRange(b, p, p + 4));
        int s = p + 4; // field #4
        assertEquals(77, r.getInt(s)); // session id
        assertEquals(5, r.getInt(s + 4)); // clan
        assertEquals(0, r.getInt(s + 8));
        assertEquals(1, r.getInt(s + 12)); // sex
        assertEquals(4, r.getInt(s + 16)); // race
        assertEquals(53, r.getInt(s + 20)); // class
        assertEquals(1, r.getInt(s + 24));
        assertEquals(-1, r.getInt(s + 28)); // x
        assertEquals(2, r.getInt(s + 32)); // y
        assertEquals(-3, r.getInt(s + 36)); // z
        assertEquals(80.5, r.getDouble(s + 40));
        assertEquals(30.0, r.getDouble(s + 48));
        assertEquals(11, r.getInt(s + 56)); // sp
        assertEquals(1234L, r.getLong(s + 60)); // exp
        assertEquals(2, r.getInt(s + 68)); // level
        assertEquals(0, r.getInt(s + 72)); // karma
        assertEquals(6, r.getInt(s + 76)); // pk
        int[] stats = {20, 39, 45, 27, 29, 10}; // INT STR CON MEN DEX WIT
        for (int i = 0; i < 6; i++) {
            assertEquals(stats[i], r.getInt(s + 80 + 4 * i));
        }
        for (int i = 0; i < 32; i++) {
            assertEquals(0, r.getInt(s + 104 + 4 * i)); // #27-58
        }
        assertEquals(1500 % 1440, r.getInt(s + 232)); // #59 time of day
        assertEquals(0, r.getInt(s + 236));
        assertEquals(53, r.getInt(s + 240)); // #61 class
        for (int i = 0; i < 12; i++) {
            assertEquals(0, r.getInt(s + 244 + 4 * i)); // #62-73
        }
        assertEquals(b.length, s + 292);
    }

    @Test
    void exSendManorListNamesNineCastles() {
        byte[] b = ExSendManorList.INTERLUDE.encode();
        assertArrayEquals(HEX.parseHex("fe 1b 00 09 00 00 00 01 00 00 00"), java.util.Arrays.copyOf(b, 11));
        PacketReader r = new PacketReader(b, 7, b.length - 7);
        for (int i = 1; i <= 9; i++) {
            assertEquals(i, r.readD());
            r.readS();
        }
        assertEquals(0, r.remaining());
    }

    // ---- client → server ----

    @Test
    void protocolVersionReads746() {
        assertEquals(
                746, ProtocolVersion.read(body(HEX.parseHex("00 ea 02 00 00"))).revision());
        assertThrows(MalformedPacketException.class, () -> ProtocolVersion.read(body(HEX.parseHex("00 ea 02"))));
    }

    @Test
    void authLoginReadsTheKeysInWireOrder() {
        byte[] b = new PacketWriter()
                .writeC(0x08)
                .writeS("Alice")
                .writeD(22)
                .writeD(11)
                .writeD(33)
                .writeD(44)
                .writeD(1)
                .toByteArray();
        assertEquals(new AuthLogin("Alice", 22, 11, 33, 44), AuthLogin.read(body(b)));
        byte[] truncated = java.util.Arrays.copyOf(b, b.length - 8);
        assertThrows(MalformedPacketException.class, () -> AuthLogin.read(body(truncated)));
        byte[] unterminated = new PacketWriter()
                .writeC(0x08)
                .writeB("Alice".getBytes(StandardCharsets.UTF_16LE))
                .toByteArray();
        assertThrows(MalformedPacketException.class, () -> AuthLogin.read(body(unterminated)));
    }

    @Test
    void characterCreateSkipsTheClientStats() {
        PacketWriter w = new PacketWriter()
                .writeC(0x0B)
                .writeS("Hero")
                .writeD(1)
                .writeD(1)
                .writeD(25);
        for (int i = 0; i < 6; i++) {
            w.writeD(99);
        }
        byte[] b = w.writeD(6).writeD(3).writeD(2).toByteArray();
        assertEquals(new CharacterCreate("Hero", 1, 1, 25, 6, 3, 2), CharacterCreate.read(body(b)));
        assertThrows(
                MalformedPacketException.class,
                () -> CharacterCreate.read(body(java.util.Arrays.copyOf(b, b.length - 1))));
    }

    @Test
    void slotPackets() {
        assertEquals(new CharacterDelete(2), CharacterDelete.read(body(HEX.parseHex("0c 02 00 00 00"))));
        assertEquals(new CharacterRestore(3), CharacterRestore.read(body(HEX.parseHex("62 03 00 00 00"))));
        byte[] select = new PacketWriter().writeC(0x0D).writeD(1).writeZeros(14).toByteArray();
        assertEquals(19, select.length);
        assertEquals(new CharacterSelect(1), CharacterSelect.read(body(select)));
        assertThrows(MalformedPacketException.class, () -> CharacterDelete.read(body(HEX.parseHex("0c 02"))));
    }

    @Test
    void enterWorldKeepsTheTraceRouteHops() {
        byte[] b = new byte[105];
        b[0] = 0x03;
        b[85] = 10;
        b[104] = 7;
        EnterWorld p = EnterWorld.read(body(b));
        assertEquals(20, p.traceRoute().length);
        assertEquals(10, p.traceRoute()[0]);
        assertEquals(7, p.traceRoute()[19]);
        assertEquals(0, EnterWorld.read(body(new byte[] {0x03})).traceRoute().length, "content is not validated");
    }
}
