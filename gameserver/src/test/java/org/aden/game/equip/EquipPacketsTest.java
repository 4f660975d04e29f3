package org.aden.game.equip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.aden.common.net.MalformedPacketException;
import org.aden.common.net.PacketReader;
import org.aden.common.net.PacketWriter;
import org.aden.game.network.client.item.RequestUnEquipItem;
import org.aden.game.network.client.item.UseItem;
import org.junit.jupiter.api.Test;

/** UseItem and RequestUnEquipItem against world-items.md §4.1 and §4.2. */
class EquipPacketsTest {
    static PacketReader body(byte[] b) {
        return new PacketReader(b, 1, b.length - 1);
    }

    @Test
    void useItemReadsTheObjectAndTheCtrlFlag() {
        byte[] b = new PacketWriter().writeC(0x14).writeD(0x10000042).writeD(1).toByteArray();
        assertEquals(9, b.length);
        assertEquals(new UseItem(0x10000042, true), UseItem.read(body(b)));
        byte[] noCtrl = new PacketWriter().writeC(0x14).writeD(0x10000042).toByteArray();
        assertEquals(new UseItem(0x10000042, false), UseItem.read(body(noCtrl)));
        byte[] cut = new PacketWriter().writeC(0x14).writeH(1).toByteArray();
        assertThrows(MalformedPacketException.class, () -> UseItem.read(body(cut)));
    }

    @Test
    void requestUnEquipItemReadsTheSlotMask() {
        byte[] b = new PacketWriter().writeC(0x11).writeD(0x0080).toByteArray();
        assertEquals(new RequestUnEquipItem(0x80), RequestUnEquipItem.read(body(b)));
    }
}
