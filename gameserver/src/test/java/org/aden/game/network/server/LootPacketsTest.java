package org.aden.game.network.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.List;
import org.aden.common.net.PacketReader;
import org.aden.game.network.client.item.RequestDestroyItem;
import org.aden.game.network.client.item.RequestDropItem;
import org.aden.game.network.server.item.InventoryUpdate;
import org.aden.game.network.server.item.ItemList;
import org.aden.game.network.server.world.DropItem;
import org.aden.game.network.server.world.GetItem;
import org.junit.jupiter.api.Test;

/** Ground items and inventory changes, byte for byte against world-items.md §1.1, §3, §5.2 and §5.4. */
class LootPacketsTest {
    static final HexFormat HEX = HexFormat.of();

    @Test
    void dropItemIsDropperItemPositionStackableCountAndOne() {
        byte[] b = new DropItem(0x10203040, 7, 57, -71000, 258000, -3100, true, 25).encode();
        assertEquals(37, b.length, "opcode + 9 ints (§5.2)");
        assertArrayEquals(
                HEX.parseHex("0c" + "40302010" + "07000000" + "39000000" + "a8eafeff" + "d0ef0300" + "e4f3ffff"
                        + "01000000" + "19000000" + "01000000"),
                b);
        PacketReader r = new PacketReader(b, 13, 12);
        assertEquals(-71000, r.readD(), "x at offset 13");
        assertEquals(258000, r.readD(), "y at offset 17");
        assertEquals(-3100, r.readD(), "z at offset 21");
        byte[] sword = new DropItem(1, 2, 13, 0, 0, 0, false, 1).encode();
        assertEquals(0, new PacketReader(sword, 25, 4).readD(), "not stackable at offset 25");
    }

    @Test
    void dropAndDestroyRequestsAreReadInTheReferenceOrder() {
        byte[] drop = HEX.parseHex("09000000" + "28000000" + "a8eafeff" + "d0ef0300" + "e4f3ffff");
        assertEquals(
                new RequestDropItem(9, 40, -71000, 258000, -3100),
                RequestDropItem.read(new PacketReader(drop, 0, drop.length)));
        byte[] destroy = HEX.parseHex("09000000" + "01000000");
        assertEquals(
                new RequestDestroyItem(9, 1), RequestDestroyItem.read(new PacketReader(destroy, 0, destroy.length)));
        assertEquals(0x12, RequestDropItem.OPCODE);
        assertEquals(0x59, RequestDestroyItem.OPCODE);
    }

    @Test
    void getItemIsPickerItemAndPosition() {
        assertArrayEquals(
                HEX.parseHex("0d" + "05000000" + "07000000" + "01000000" + "02000000" + "feffffff"),
                new GetItem(5, 7, 1, 2, -2).encode());
    }

    @Test
    void inventoryUpdateIsACountThenChangeCodesWith36ByteRecords() {
        ItemList.Entry adena = new ItemList.Entry(9, 57, 4, 4, 1234, false, 0, 0);
        ItemList.Entry sword = new ItemList.Entry(10, 13, 0, 0, 1, true, 0x4000, 3);
        byte[] b = new InventoryUpdate(List.of(
                        new InventoryUpdate.Change(InventoryUpdate.MODIFIED, adena),
                        new InventoryUpdate.Change(InventoryUpdate.ADDED, sword)))
                .encode();
        assertEquals(3 + 2 * 38, b.length, "opcode, h count, 38 bytes per entry (§3)");
        assertArrayEquals(
                HEX.parseHex("27" + "0200"
                        // h change, then §1.1: h type1, d objectId, d itemId, d count, h type2, h custom1,
                        // h equipped, d bodyPart, h enchant, h custom2, d augmentation, d mana (-1)
                        + "0200" + "0400" + "09000000" + "39000000" + "d2040000" + "0400" + "0000" + "0000"
                        + "00000000" + "0000" + "0000" + "00000000" + "ffffffff"
                        + "0100" + "0000" + "0a000000" + "0d000000" + "01000000" + "0000" + "0000" + "0100"
                        + "00400000" + "0300" + "0000" + "00000000" + "ffffffff"),
                b);
        assertThrows(IllegalArgumentException.class, () -> new InventoryUpdate.Change(0, adena), "never code 0");
    }
}
