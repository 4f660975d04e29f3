package org.aden.game.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.aden.common.net.PacketReader;
import org.aden.common.net.PacketWriter;
import org.aden.game.network.client.trade.AddTradeItem;
import org.aden.game.network.client.trade.AnswerTradeRequest;
import org.aden.game.network.client.trade.TradeDone;
import org.aden.game.network.client.trade.TradeRequest;
import org.aden.game.network.server.trade.SendTradeDone;
import org.aden.game.network.server.trade.SendTradeRequest;
import org.aden.game.network.server.trade.TradeItem;
import org.aden.game.network.server.trade.TradeOtherAdd;
import org.aden.game.network.server.trade.TradeOwnAdd;
import org.aden.game.network.server.trade.TradePressOtherOk;
import org.aden.game.network.server.trade.TradePressOwnOk;
import org.aden.game.network.server.trade.TradeStart;
import org.aden.game.network.server.trade.TradeUpdate;
import org.junit.jupiter.api.Test;

/** The trade packets byte for byte against docs/protocol/items-extra.md §3 (summarised in trade.md). */
class TradePacketsTest {
    static final TradeItem SWORD = new TradeItem(0, 0x10000020, 1, 1, 0, 0x4000, 3);
    static final TradeItem ADENA = new TradeItem(4, 0x10000021, 57, 1500, 4, 0, 0);

    static ByteBuffer le(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    }

    static PacketReader body(PacketWriter w) {
        byte[] b = w.toByteArray();
        return new PacketReader(b, 1, b.length - 1);
    }

    /** The 28-byte trade item record at {@code at}. */
    static void assertRecord(ByteBuffer b, int at, TradeItem i, int count) {
        assertEquals(i.type1(), b.getShort(at));
        assertEquals(i.objectId(), b.getInt(at + 2));
        assertEquals(i.itemId(), b.getInt(at + 6));
        assertEquals(count, b.getInt(at + 10));
        assertEquals(i.type2(), b.getShort(at + 14));
        assertEquals(0, b.getShort(at + 16), "custom type 1");
        assertEquals(i.bodyPart(), b.getInt(at + 18));
        assertEquals(i.enchant(), b.getShort(at + 22));
        assertEquals(0, b.getShort(at + 24));
        assertEquals(0, b.getShort(at + 26));
    }

    @Test
    void clientPacketsReadTheirFields() {
        assertEquals(0x15, TradeRequest.OPCODE);
        TradeRequest req =
                TradeRequest.read(body(new PacketWriter().writeC(0x15).writeD(0x10000011)));
        assertEquals(0x10000011, req.targetObjectId());
        assertFalse(req.inventoryRequest());

        assertEquals(0x44, AnswerTradeRequest.OPCODE, "0x44 in REF and ACIS (0x40 is not AnswerTradeRequest)");
        assertTrue(AnswerTradeRequest.read(body(new PacketWriter().writeC(0x44).writeD(1)))
                .accepted());
        assertFalse(AnswerTradeRequest.read(body(new PacketWriter().writeC(0x44).writeD(0)))
                .accepted());

        assertEquals(0x16, AddTradeItem.OPCODE);
        AddTradeItem add = AddTradeItem.read(body(
                new PacketWriter().writeC(0x16).writeD(7).writeD(0x10000020).writeD(5)));
        assertEquals(new AddTradeItem(7, 0x10000020, 5), add);

        assertEquals(0x17, TradeDone.OPCODE);
        assertTrue(
                TradeDone.read(body(new PacketWriter().writeC(0x17).writeD(1))).confirmed());
        assertFalse(
                TradeDone.read(body(new PacketWriter().writeC(0x17).writeD(0))).confirmed());
    }

    @Test
    void sendTradeRequestAndTradeDoneLayouts() {
        byte[] req = new SendTradeRequest(0x10000010).encode();
        assertEquals(5, req.length);
        assertEquals(0x5E, req[0] & 0xFF);
        assertEquals(0x10000010, le(req).getInt(1));

        byte[] done = SendTradeDone.DONE.encode();
        assertEquals(5, done.length);
        assertEquals(0x22, done[0] & 0xFF);
        assertEquals(1, le(done).getInt(1));
        assertEquals(0, le(SendTradeDone.CANCELLED.encode()).getInt(1));
    }

    @Test
    void tradeStartListsTheOfferableItems() {
        byte[] b = new TradeStart(0x10000011, List.of(SWORD, ADENA)).encode();
        assertEquals(7 + 2 * TradeItem.SIZE, b.length);
        ByteBuffer buf = le(b);
        assertEquals(0x1E, b[0] & 0xFF);
        assertEquals(0x10000011, buf.getInt(1));
        assertEquals(2, buf.getShort(5));
        assertRecord(buf, 7, SWORD, 1);
        assertRecord(buf, 7 + TradeItem.SIZE, ADENA, 1500);
    }

    @Test
    void ownAndOtherAddCarryOneItem() {
        byte[] own = new TradeOwnAdd(ADENA.withCount(300)).encode();
        byte[] other = new TradeOtherAdd(ADENA.withCount(300)).encode();
        assertEquals(31, own.length);
        assertEquals(31, other.length);
        assertEquals(0x20, own[0] & 0xFF);
        assertEquals(0x21, other[0] & 0xFF);
        assertEquals(1, le(own).getShort(1));
        assertRecord(le(own), 3, ADENA, 300);
        assertRecord(le(other), 3, ADENA, 300);
    }

    @Test
    void tradeUpdateShowsWhatIsLeft() {
        byte[] b = new TradeUpdate(List.of(ADENA.withCount(1200), SWORD.withCount(0)), List.of(true, false)).encode();
        assertEquals(3 + 2 * (2 + TradeItem.SIZE), b.length);
        ByteBuffer buf = le(b);
        assertEquals(0x74, b[0] & 0xFF);
        assertEquals(2, buf.getShort(1));
        assertEquals(3, buf.getShort(3), "a stack with some left");
        assertRecord(buf, 5, ADENA, 1200);
        assertEquals(2, buf.getShort(5 + TradeItem.SIZE), "nothing left");
        assertRecord(buf, 7 + TradeItem.SIZE, SWORD, 1);
    }

    @Test
    void pressOkPacketsAreTheOpcodeAlone() {
        assertEquals(1, TradePressOwnOk.INSTANCE.encode().length);
        assertEquals(0x75, TradePressOwnOk.INSTANCE.encode()[0] & 0xFF);
        assertEquals(1, TradePressOtherOk.INSTANCE.encode().length);
        assertEquals(0x7C, TradePressOtherOk.INSTANCE.encode()[0] & 0xFF);
    }
}
