package org.aden.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aden.common.net.PacketReader;
import org.aden.common.testing.TestDatabase;
import org.aden.tools.client.game.WorldClient;
import org.aden.tools.client.game.WorldPackets;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two headless clients (cipher on) trade on a real shard: Anna offers a Short Sword and 300 adena (her Dagger is not
 * tradable and is refused), Boris 20 soulshots; both confirm, both inventories change, the item rows and TRADE ledger lines are in MariaDB, and a new login of
 * each shows the same inventory.
 */
class TradeEndToEndTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static final Duration WAIT = Duration.ofSeconds(10);
    static final int ADENA = 57, SWORD = 1, DAGGER = 10, SOULSHOT = 1835;
    static final int X = -71338, Y = 258271, Z = -3104; // the human fighters' start
    static TestShard shard;

    @BeforeAll
    static void start() throws Exception {
        shard = TestShard.start(db, Map.of(), Map.of("game.world.spawn-npcs", "false"));
    }

    @AfterAll
    static void stop() {
        if (shard != null) {
            shard.close();
        }
    }

    static void sql(String statement, Object... args) throws SQLException {
        shard.sql(statement, args);
    }

    static long owned(int owner, int itemId) throws SQLException {
        return query("SELECT COALESCE(SUM(count), 0) FROM items WHERE owner_id = ? AND item_id = ?", owner, itemId);
    }

    static long query(String q, Object... args) throws SQLException {
        try (SqlSession s = shard.gameDb.sqlSessionFactory().openSession(true);
                PreparedStatement ps = s.getConnection().prepareStatement(q)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** A character made, logged out, then placed at the start spot (dx apart) with an item row of its own. */
    static int character(String account, String name, int dx, int objectId, int itemId, long count) throws Exception {
        int id;
        try (WorldClient c = shard.enter(account, name, WAIT)) {
            id = c.me().objectId();
            assertTrue(c.logout(WAIT));
        }
        Thread.sleep(300);
        sql("UPDATE characters SET x = ?, y = ?, z = ? WHERE obj_id = ?", X + dx, Y, Z, id);
        sql(
                "INSERT INTO items (obj_id, owner_id, item_id, count, enchant_level, location, slot)"
                        + " VALUES (?, ?, ?, ?, 0, 'INVENTORY', -1)",
                objectId,
                id,
                itemId,
                count);
        return id;
    }

    static byte[] await(WorldClient c, int mark, int opcode) {
        byte[] b = c.awaitAfter(mark, p -> WorldPackets.opcode(p) == opcode, WAIT);
        assertNotNull(b, String.format("packet 0x%02X", opcode));
        return b;
    }

    /** The whole inventory as the server lists it after a new login: item id → count. */
    static Map<Integer, Long> relogged(String account, String name) throws Exception {
        try (WorldClient c = shard.enter(account, name, WAIT)) {
            int mark = c.mark();
            c.send(new byte[] {0x0F}); // RequestItemList
            Map<Integer, Long> out = new HashMap<>();
            for (WorldPackets.Held h : WorldPackets.itemList(await(c, mark, WorldPackets.ITEM_LIST))) {
                out.merge(h.itemId(), (long) h.count(), Long::sum);
            }
            assertTrue(c.logout(WAIT));
            return out;
        }
    }

    @Test
    void twoClientsTradeAnItemAndAdenaAndARestartShowsTheSame() throws Exception {
        int sword = 0x7FF00001;
        int a = character("anna", "Anna", 0, sword, SWORD, 1);
        sql(
                "INSERT INTO items (obj_id, owner_id, item_id, count, enchant_level, location, slot)"
                        + " VALUES (?, ?, ?, 1, 0, 'INVENTORY', -1)",
                0x7FF00004,
                a,
                DAGGER);
        sql(
                "INSERT INTO items (obj_id, owner_id, item_id, count, enchant_level, location, slot)"
                        + " VALUES (?, ?, ?, 1000, 0, 'INVENTORY', -1)",
                0x7FF00002,
                a,
                ADENA);
        int b = character("boris", "Boris", 60, 0x7FF00003, SOULSHOT, 50);
        long swordsA = owned(a, SWORD), swordsB = owned(b, SWORD), daggersA = owned(a, DAGGER);
        try (WorldClient anna = shard.enter("anna", "Anna", WAIT);
                WorldClient boris = shard.enter("boris", "Boris", WAIT)) {
            assertNotNull(
                    anna.await(
                            p -> WorldPackets.opcode(p) == WorldPackets.CHAR_INFO
                                    && WorldPackets.charInfo(p).objectId() == b,
                            WAIT),
                    "Anna sees Boris");
            int ma = anna.mark();
            int mb = boris.mark();
            anna.requestTrade(b);
            assertEquals(a, new PacketReader(await(boris, mb, WorldPackets.SEND_TRADE_REQUEST), 1, 4).readD());
            boris.answerTrade(true);
            assertEquals(b, new PacketReader(await(anna, ma, WorldPackets.TRADE_START), 1, 4).readD());
            assertEquals(a, new PacketReader(await(boris, mb, WorldPackets.TRADE_START), 1, 4).readD());

            anna.addTradeItem(0x7FF00004, 1);
            assertNotNull(
                    anna.awaitAfter(
                            ma,
                            p -> WorldPackets.opcode(p) == WorldPackets.SYSTEM_MESSAGE
                                    && WorldPackets.messageId(p) == 99,
                            WAIT),
                    "the Dagger cannot be traded (99)");
            anna.addTradeItem(sword, 1);
            anna.addTradeItem(0x7FF00002, 300);
            boris.addTradeItem(0x7FF00003, 20);
            List<byte[]> seen = awaitCount(boris, mb, WorldPackets.TRADE_OTHER_ADD, 2);
            assertEquals(SWORD, WorldPackets.tradeAdd(seen.get(0)).itemId());
            assertEquals(300, WorldPackets.tradeAdd(seen.get(1)).count());
            assertEquals(
                    20,
                    WorldPackets.tradeAdd(await(anna, ma, WorldPackets.TRADE_OTHER_ADD))
                            .count());

            anna.tradeDone(true);
            await(boris, mb, WorldPackets.TRADE_PRESS_OTHER_OK);
            assertEquals(swordsA, owned(a, SWORD), "nothing moved on one confirmation");
            boris.tradeDone(true);
            for (WorldClient c : List.of(anna, boris)) {
                int m = c == anna ? ma : mb;
                assertEquals(1, new PacketReader(await(c, m, WorldPackets.TRADE_DONE), 1, 4).readD(), "traded");
                await(c, m, WorldPackets.INVENTORY_UPDATE);
            }
            assertTrue(anna.logout(WAIT));
            assertTrue(boris.logout(WAIT));
        }
        Thread.sleep(300);
        assertEquals(swordsA - 1, owned(a, SWORD));
        assertEquals(swordsB + 1, owned(b, SWORD));
        assertEquals(daggersA, owned(a, DAGGER), "the refused Dagger stays");
        assertEquals(700, owned(a, ADENA));
        assertEquals(300, owned(b, ADENA));
        assertEquals(20, owned(a, SOULSHOT));
        assertEquals(30, owned(b, SOULSHOT));
        assertEquals(
                3,
                query(
                        "SELECT COUNT(*) FROM item_ledger WHERE char_id = ? AND reason = 'TRADE' AND counterpart = ?",
                        a,
                        "char:" + b),
                "Anna's lines: sword, adena, soulshots");
        assertEquals(
                0,
                query("SELECT COALESCE(SUM(count), 0) FROM item_ledger WHERE reason = 'TRADE' AND item_id = ?", ADENA),
                "what one side lost the other gained");

        Map<Integer, Long> annaNow = relogged("anna", "Anna");
        Map<Integer, Long> borisNow = relogged("boris", "Boris");
        assertEquals(700L, annaNow.get(ADENA));
        assertEquals(20L, annaNow.get(SOULSHOT));
        assertEquals(swordsA - 1, annaNow.getOrDefault(SWORD, 0L));
        assertEquals(300L, borisNow.get(ADENA));
        assertEquals(30L, borisNow.get(SOULSHOT));
        assertEquals(swordsB + 1, borisNow.getOrDefault(SWORD, 0L));
    }

    static List<byte[]> awaitCount(WorldClient c, int mark, int opcode, int n) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<byte[]> got = c.received(opcode);
            if (got.size() >= n) {
                return got;
            }
            c.awaitAfter(c.mark(), p -> WorldPackets.opcode(p) == opcode, Duration.ofMillis(200));
        }
        throw new AssertionError(n + " packets 0x" + Integer.toHexString(opcode));
    }
}
