package org.aden.game.shot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.aden.common.net.MalformedPacketException;
import org.aden.common.net.PacketReader;
import org.aden.game.network.client.item.RequestAutoSoulShot;
import org.aden.game.network.server.item.ExAutoSoulShot;
import org.junit.jupiter.api.Test;

/** The auto-soulshot pair against world-combat-skills.md §7. */
class ShotPacketsTest {
    @Test
    void requestAutoSoulShotIsItemIdThenType() {
        byte[] b = HexFormat.of().parseHex("2b070000" + "01000000"); // body after 0xD0 and sub-opcode 0x0005
        assertEquals(new RequestAutoSoulShot(1835, true), RequestAutoSoulShot.read(new PacketReader(b, 0, b.length)));
        byte[] off = HexFormat.of().parseHex("2b070000" + "00000000");
        assertEquals(new RequestAutoSoulShot(1835, false), RequestAutoSoulShot.read(new PacketReader(off, 0, 8)));
        assertThrows(MalformedPacketException.class, () -> RequestAutoSoulShot.read(new PacketReader(b, 0, 6)));
    }

    @Test
    void exAutoSoulShotIsFeSubOpcode12ThenItemIdAndType() {
        assertArrayEquals(
                HexFormat.of().parseHex("fe" + "1200" + "2b070000" + "01000000"),
                new ExAutoSoulShot(1835, true).encode());
        assertArrayEquals(
                HexFormat.of().parseHex("fe" + "1200" + "2b070000" + "00000000"),
                new ExAutoSoulShot(1835, false).encode());
    }
}
