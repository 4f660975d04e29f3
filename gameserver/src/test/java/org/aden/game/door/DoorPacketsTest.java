package org.aden.game.door;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.aden.common.net.PacketReader;
import org.aden.game.network.server.door.DoorInfo;
import org.aden.game.network.server.door.DoorStatusUpdate;
import org.aden.game.network.server.door.StaticObject;
import org.junit.jupiter.api.Test;

/** Byte layouts against docs/protocol/doors-static.md §2-§4, with the doc's sample values. */
class DoorPacketsTest {
    private static final HexFormat HEX = HexFormat.of();
    static final int OBJECT = 0x10000A3C;
    static final int GATE = 19210001; // first outer gate of Gludio castle

    private static int d(byte[] b, int offset) {
        return new PacketReader(b, offset, 4).readD();
    }

    @Test
    void doorInfoIsTheNineIntForm() {
        byte[] b = new DoorInfo(OBJECT, GATE, false, true, 633000, 633000).encode();
        assertEquals(37, b.length);
        assertEquals(0x4C, b[0] & 0xFF);
        assertEquals(OBJECT, d(b, 1));
        assertEquals(GATE, d(b, 5));
        assertEquals(0, d(b, 9)); // showHp
        assertEquals(1, d(b, 13)); // always 1 (ACIS)
        assertEquals(1, d(b, 17)); // closed
        assertEquals(633000, d(b, 21)); // max HP
        assertEquals(633000, d(b, 25)); // current HP
        assertEquals(0, d(b, 29));
        assertEquals(0, d(b, 33));
        assertArrayEquals(
                HEX.parseHex("4c" + "3c0a0010" + "111f2501" + "00000000" + "01000000" + "01000000" + "a8a80900"
                        + "a8a80900" + "00000000" + "00000000"),
                b);
        assertEquals(0, d(new DoorInfo(OBJECT, GATE, true, false, 10, 5).encode(), 17), "open");
        assertEquals(1, d(new DoorInfo(OBJECT, GATE, true, false, 10, 5).encode(), 9), "shows HP");
    }

    @Test
    void doorStatusUpdateHasMaxHpBeforeCurrentHp() {
        byte[] b = new DoorStatusUpdate(OBJECT, true, 0, false, GATE, 633000, 500000).encode();
        assertEquals(29, b.length);
        assertEquals(0x4D, b[0] & 0xFF);
        assertEquals(OBJECT, d(b, 1));
        assertEquals(1, d(b, 5)); // 1 = closed
        assertEquals(0, d(b, 9)); // damage stage
        assertEquals(0, d(b, 13)); // attackable
        assertEquals(GATE, d(b, 17));
        assertEquals(633000, d(b, 21)); // max (ACIS + C6), not REF's current
        assertEquals(500000, d(b, 25));
        byte[] open = new DoorStatusUpdate(OBJECT, false, 3, true, GATE, 1, 1).encode();
        assertEquals(0, d(open, 5));
        assertEquals(3, d(open, 9));
        assertEquals(1, d(open, 13));
    }

    @Test
    void staticObjectIsTheTwoIntInterludeForm() {
        byte[] b = new StaticObject(17250001, 0x10000B10).encode();
        assertArrayEquals(HEX.parseHex("99" + "d1360701" + "100b0010"), b);
    }
}
