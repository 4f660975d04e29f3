package org.aden.game.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.aden.common.net.MalformedPacketException;
import org.aden.common.net.PacketReader;
import org.aden.common.net.PacketWriter;
import org.aden.game.network.client.multisell.MultiSellChoose;
import org.aden.game.network.client.shop.RequestBuyItem;
import org.aden.game.network.client.shop.RequestSellItem;
import org.aden.game.network.server.multisell.MultiSellList;
import org.aden.game.network.server.shop.BuyList;
import org.aden.game.network.server.shop.SellList;
import org.junit.jupiter.api.Test;

/** BuyList, SellList, RequestBuyItem and RequestSellItem against world-chat-npc.md §8; multisell against npc-services.md §1. */
class ShopPacketsTest {
    static ByteBuffer le(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void buyListLayout() {
        byte[] b = new BuyList(
                        1234,
                        382,
                        List.of(new BuyList.Entry(4, 1835, 0, 5, 0, 8), new BuyList.Entry(0, 2, 5, 0, 0x80, 99_000)))
                .encode();
        ByteBuffer buf = le(b);
        assertEquals(0x11, buf.get(0) & 0xFF);
        assertEquals(1234, buf.getInt(1)); // adena
        assertEquals(382, buf.getInt(5)); // listId
        assertEquals(2, buf.getShort(9)); // the entries written, no more
        assertEquals(11 + 2 * 32, b.length);
        int e = 11;
        assertEquals(4, buf.getShort(e)); // type1
        assertEquals(0, buf.getInt(e + 2)); // objectId: not a real object
        assertEquals(1835, buf.getInt(e + 6));
        assertEquals(0, buf.getInt(e + 10)); // unlimited
        assertEquals(5, buf.getShort(e + 14)); // type2
        assertEquals(0, buf.getInt(e + 18)); // bodyPart 0 for type1 = 4
        assertEquals(8, buf.getInt(e + 28)); // price
        e += 32;
        assertEquals(2, buf.getInt(e + 6));
        assertEquals(5, buf.getInt(e + 10)); // stock left
        assertEquals(0x80, buf.getInt(e + 18));
        assertEquals(0, buf.getShort(e + 22)); // enchant
        assertEquals(99_000, buf.getInt(e + 28));
    }

    @Test
    void sellListLayout() {
        byte[] b = new SellList(50, List.of(new SellList.Entry(0, 0x10000007, 2, 1, 0, 0x80, 3, 123))).encode();
        ByteBuffer buf = le(b);
        assertEquals(0x10, buf.get(0) & 0xFF);
        assertEquals(50, buf.getInt(1));
        assertEquals(0, buf.getInt(5)); // listId 0
        assertEquals(1, buf.getShort(9));
        assertEquals(11 + 32, b.length);
        assertEquals(0x10000007, buf.getInt(11 + 2)); // the player's item
        assertEquals(2, buf.getInt(11 + 6));
        assertEquals(1, buf.getInt(11 + 10));
        assertEquals(0x80, buf.getInt(11 + 18));
        assertEquals(3, buf.getShort(11 + 22)); // enchant
        assertEquals(123, buf.getInt(11 + 28));
    }

    @Test
    void requestBuyItemReadsItsLinesAndRefusesAWrongLength() {
        byte[] body = new PacketWriter()
                .writeC(0x1F)
                .writeD(382)
                .writeD(2)
                .writeD(1835)
                .writeD(10)
                .writeD(17)
                .writeD(500)
                .toByteArray();
        RequestBuyItem r = RequestBuyItem.read(new PacketReader(body, 1, body.length - 1));
        assertEquals(382, r.listId());
        assertEquals(List.of(new RequestBuyItem.Line(1835, 10), new RequestBuyItem.Line(17, 500)), r.lines());
        byte[] shortBody = new PacketWriter()
                .writeC(0x1F)
                .writeD(382)
                .writeD(3)
                .writeD(1835)
                .writeD(10)
                .toByteArray();
        assertThrows(
                MalformedPacketException.class,
                () -> RequestBuyItem.read(new PacketReader(shortBody, 1, shortBody.length - 1)));
        byte[] zero = new PacketWriter()
                .writeC(0x1F)
                .writeD(382)
                .writeD(1)
                .writeD(1835)
                .writeD(0)
                .toByteArray();
        assertThrows(
                MalformedPacketException.class, () -> RequestBuyItem.read(new PacketReader(zero, 1, zero.length - 1)));
    }

    @Test
    void requestSellItemReadsItsLines() {
        byte[] body = new PacketWriter()
                .writeC(0x1E)
                .writeD(0)
                .writeD(1)
                .writeD(0x10000007)
                .writeD(2)
                .writeD(1)
                .toByteArray();
        RequestSellItem r = RequestSellItem.read(new PacketReader(body, 1, body.length - 1));
        assertEquals(List.of(new RequestSellItem.Line(0x10000007, 2, 1)), r.lines());
        byte[] huge = new PacketWriter().writeC(0x1E).writeD(0).writeD(100_000).toByteArray();
        assertThrows(
                MalformedPacketException.class, () -> RequestSellItem.read(new PacketReader(huge, 1, huge.length - 1)));
    }

    static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(String.format("%02X", x & 0xFF));
        }
        return s.toString();
    }

    @Test
    void multiSellListMatchesTheReferenceSample() {
        // npc-services.md §1.2: 100 No-grade Soulshots (1835) for 700 Adena, 78 bytes
        byte[] b = new MultiSellList(
                        1,
                        1,
                        true,
                        List.of(new MultiSellList.Entry(
                                1,
                                true,
                                List.of(new MultiSellList.Item(1835, 0, 5, 100, 0)),
                                List.of(new MultiSellList.Item(57, 0, 4, 700, 0)))))
                .encode();
        assertEquals(78, b.length);
        assertEquals(
                "D0" + "01000000" + "01000000" + "01000000" + "28000000" + "01000000"
                        + "01000000" + "00000000" + "00000000" + "01" + "0100" + "0100"
                        + "2B07" + "00000000" + "0500" + "64000000" + "0000" + "00000000" + "00000000"
                        + "3900" + "0400" + "BC020000" + "0000" + "00000000" + "00000000",
                hex(b));
    }

    @Test
    void multiSellChooseReadsThreeInts() {
        byte[] body = new PacketWriter()
                .writeC(0xA7)
                .writeD(1002)
                .writeD(3)
                .writeD(10)
                .toByteArray();
        MultiSellChoose c = MultiSellChoose.read(new PacketReader(body, 1, body.length - 1));
        assertEquals(new MultiSellChoose(1002, 3, 10), c);
        byte[] none =
                new PacketWriter().writeC(0xA7).writeD(1002).writeD(3).writeD(0).toByteArray();
        assertThrows(
                MalformedPacketException.class, () -> MultiSellChoose.read(new PacketReader(none, 1, none.length - 1)));
    }
}
