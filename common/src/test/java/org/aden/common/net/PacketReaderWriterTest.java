package org.aden.common.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PacketReaderWriterTest {
    @Test
    void writesLittleEndianInReferenceNotation() {
        byte[] b = new PacketWriter()
                .writeC(0x0B)
                .writeH(0x1234)
                .writeD(0x0000C621)
                .writeQ(0x0102030405060708L)
                .writeS("Ab")
                .toByteArray();
        assertArrayEquals(
                new byte[] {0x0B, 0x34, 0x12, 0x21, (byte) 0xC6, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1, 'A', 0, 'b', 0, 0, 0},
                b);
    }

    @Test
    void roundTripsEveryType() {
        byte[] b = new PacketWriter()
                .writeC(200)
                .writeH(-2)
                .writeD(-5)
                .writeQ(Long.MIN_VALUE)
                .writeF(1.5)
                .writeS("Élmore")
                .writeS(null)
                .writeB(new byte[] {9, 8})
                .writeZeros(3)
                .toByteArray();
        PacketReader r = new PacketReader(b);
        assertEquals(200, r.readC());
        assertEquals(-2, r.readH());
        assertEquals(-5, r.readD());
        assertEquals(Long.MIN_VALUE, r.readQ());
        assertEquals(1.5, r.readF());
        assertEquals("Élmore", r.readS());
        assertEquals("", r.readS());
        assertArrayEquals(new byte[] {9, 8}, r.readB(2));
        assertArrayEquals(new byte[3], r.readB(3));
        assertEquals(0, r.remaining());
    }

    @Test
    void readingPastTheEndIsMalformed() {
        PacketReader r = new PacketReader(new byte[] {1, 2, 3});
        assertThrows(MalformedPacketException.class, r::readD);
        assertThrows(MalformedPacketException.class, () -> new PacketReader(new byte[] {'a', 0, 'b'}).readS());
        assertThrows(
                MalformedPacketException.class, () -> new PacketReader(new byte[] {'a', 0, 'b', 0, 0, 0}).readS(1));
        assertThrows(MalformedPacketException.class, () -> new PacketReader(new byte[4]).readB(-1));
    }
}
