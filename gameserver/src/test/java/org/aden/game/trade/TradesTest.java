package org.aden.game.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.aden.common.db.Database;
import org.aden.common.net.PacketReader;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameServer;
import org.aden.game.TestData;
import org.aden.game.actor.Player;
import org.aden.game.item.DbItemStore;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLedger;
import org.aden.game.item.ItemLocation;
import org.aden.game.item.ItemMapper;
import org.aden.game.item.ItemTemplate;
import org.aden.game.network.client.trade.AddTradeItem;
import org.aden.game.network.client.trade.AnswerTradeRequest;
import org.aden.game.network.client.trade.TradeDone;
import org.aden.game.network.server.item.InventoryUpdate;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.trade.SendTradeDone;
import org.aden.game.network.server.trade.SendTradeRequest;
import org.aden.game.network.server.trade.TradeOtherAdd;
import org.aden.game.network.server.trade.TradeOwnAdd;
import org.aden.game.network.server.trade.TradePressOtherOk;
import org.aden.game.network.server.trade.TradeStart;
import org.aden.game.network.server.trade.TradeUpdate;
import org.aden.game.world.RecordingSink;
import org.aden.game.world.WorldFixture;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Trading between two players on a fake clock, with the item rows and ledger lines written into MariaDB. */
class TradesTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static Database database;
    static final AtomicInteger ids = new AtomicInteger(0x3D000000);
    static final int ADENA = 57, SWORD = 1, ARROWS = 17;

    final WorldFixture fx = new WorldFixture();
    final AtomicBoolean databaseUp = new AtomicBoolean(true);
    ItemLedger ledger;
    Trades trades;

    @BeforeAll
    static void open() {
        database = Database.open(db.newSchema(), "classpath:db/game", GameServer.MAPPERS);
    }

    Player trader(String name, int x, List<ItemLedger.Delta> stock) {
        if (ledger == null) {
            ledger = new ItemLedger(
                    TestData.world().items(),
                    ids::incrementAndGet,
                    new DbItemStore(database.sqlSessionFactory(), Runnable::run));
            trades = new Trades(fx.world, ledger, databaseUp::get);
        }
        Player p = fx.player(name, x, 1000);
        try (SqlSession s = database.sqlSessionFactory().openSession(true);
                var clear = s.getConnection().prepareStatement("DELETE FROM item_ledger WHERE char_id = ?")) {
            s.getMapper(ItemMapper.class).deleteByOwner(p.objectId()); // fixtures reuse object ids
            clear.setInt(1, p.objectId());
            clear.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        assertTrue(ledger.apply(p, stock));
        return p;
    }

    Player anna() {
        return trader("Anna", 1000, List.of(new ItemLedger.Delta(ADENA, 1000), new ItemLedger.Delta(SWORD, 1)));
    }

    Player boris() {
        return trader("Boris", 1100, List.of(new ItemLedger.Delta(ADENA, 500), new ItemLedger.Delta(ARROWS, 100)));
    }

    static List<ItemData> rows(Player p) {
        try (SqlSession s = database.sqlSessionFactory().openSession()) {
            return s.getMapper(ItemMapper.class).findByOwner(p.objectId());
        }
    }

    static long owned(Player p, int itemId) {
        return rows(p).stream()
                .filter(i -> i.itemId() == itemId && i.location() == ItemLocation.INVENTORY)
                .mapToLong(ItemData::count)
                .sum();
    }

    static List<String> ledgerLines(Player p) {
        List<String> out = new java.util.ArrayList<>();
        try (SqlSession s = database.sqlSessionFactory().openSession();
                var q = s.getConnection()
                        .prepareStatement("SELECT item_id, count, counterpart, reason FROM item_ledger"
                                + " WHERE char_id = ? AND reason = 'TRADE' ORDER BY id")) {
            q.setInt(1, p.objectId());
            try (var r = q.executeQuery()) {
                while (r.next()) {
                    out.add(r.getInt(1) + " " + r.getLong(2) + " " + r.getString(3) + " " + r.getString(4));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static int objectOf(Player p, int itemId) {
        return Inventory.of(p).items().stream()
                .filter(i -> i.itemId() == itemId)
                .findFirst()
                .orElseThrow()
                .objectId();
    }

    List<Integer> messages(Player p) {
        return messages(fx.sink(p));
    }

    int tradeDone(Player p) {
        return tradeDone(fx.sink(p));
    }

    /** The ids of the system messages the player was sent. */
    static List<Integer> messages(RecordingSink sink) {
        return sink.withOpcode(SystemMessage.OPCODE).stream()
                .map(b -> new PacketReader(b, 1, 4).readD())
                .toList();
    }

    /** The result of the one TradeDone (0x22) the player was sent. */
    static int tradeDone(RecordingSink sink) {
        List<byte[]> done = sink.withOpcode(SendTradeDone.OPCODE);
        assertEquals(1, done.size(), "one TradeDone");
        return new PacketReader(done.get(0), 1, 4).readD();
    }

    /** Each window closed with this TradeDone result and was told why. */
    void assertClosed(int result, int message, Player... players) {
        for (Player p : players) {
            assertEquals(result, tradeDone(p), p.name());
            assertTrue(messages(p).contains(message), p.name() + ": " + messages(p));
        }
    }

    /** Anna asks, Boris accepts: the window is open on both sides. */
    void open(Player a, Player b) {
        trades.request(a, b.objectId());
        assertEquals(1, fx.sink(b).count(SendTradeRequest.OPCODE));
        assertTrue(messages(a).contains(Trades.REQUESTED));
        trades.answer(b, new AnswerTradeRequest(1));
        assertEquals(1, fx.sink(a).count(TradeStart.OPCODE));
        assertEquals(1, fx.sink(b).count(TradeStart.OPCODE));
        assertTrue(messages(a).contains(Trades.BEGIN));
        fx.clearSinks();
    }

    @Test
    void bothConfirmedMovesItemsAndAdenaBothWaysWithLedgerLines() {
        Player a = anna();
        Player b = boris();
        open(a, b);
        trades.add(a, new AddTradeItem(0, objectOf(a, SWORD), 1));
        trades.add(a, new AddTradeItem(0, objectOf(a, ADENA), 300));
        trades.add(b, new AddTradeItem(0, objectOf(b, ARROWS), 40));
        assertEquals(2, fx.sink(a).count(TradeOwnAdd.OPCODE));
        assertEquals(2, fx.sink(a).count(TradeUpdate.OPCODE));
        assertEquals(2, fx.sink(b).count(TradeOtherAdd.OPCODE));
        assertEquals(1, fx.sink(a).count(TradeOtherAdd.OPCODE));

        trades.done(a, new TradeDone(1));
        assertTrue(messages(b).contains(Trades.CONFIRMED));
        assertEquals(1, fx.sink(b).count(TradePressOtherOk.OPCODE));
        assertEquals(1000, owned(a, ADENA), "nothing moves on one confirmation");
        assertEquals(1, owned(a, SWORD));

        trades.done(b, new TradeDone(1));
        assertEquals(700, owned(a, ADENA));
        assertEquals(0, owned(a, SWORD));
        assertEquals(40, owned(a, ARROWS));
        assertEquals(800, owned(b, ADENA));
        assertEquals(1, owned(b, SWORD));
        assertEquals(60, owned(b, ARROWS));
        assertEquals(700, ledger.count(a, ADENA), "the inventories in memory agree with the rows");
        assertEquals(1, ledger.count(b, SWORD));
        assertEquals(
                List.of(
                        SWORD + " -1 char:" + b.objectId() + " TRADE",
                        ADENA + " -300 char:" + b.objectId() + " TRADE",
                        ARROWS + " 40 char:" + b.objectId() + " TRADE"),
                ledgerLines(a));
        assertEquals(
                List.of(
                        ARROWS + " -40 char:" + a.objectId() + " TRADE",
                        SWORD + " 1 char:" + a.objectId() + " TRADE",
                        ADENA + " 300 char:" + a.objectId() + " TRADE"),
                ledgerLines(b));
        for (Player p : List.of(a, b)) {
            assertEquals(1, tradeDone(p));
            assertTrue(messages(p).contains(Trades.SUCCESSFUL));
            assertEquals(1, fx.sink(p).count(InventoryUpdate.OPCODE));
        }
        assertTrue(Dealing.of(a).trade == null && Dealing.of(b).trade == null, "the windows are closed");
    }

    @Test
    void cancellingMovesNothingAndClosesBothWindows() {
        Player a = anna();
        Player b = boris();
        open(a, b);
        trades.add(a, new AddTradeItem(0, objectOf(a, ADENA), 300));
        trades.done(a, new TradeDone(1));
        trades.done(b, new TradeDone(0));
        assertClosed(0, Trades.CANCELLED, a, b);
        assertEquals(1000, owned(a, ADENA));
        assertEquals(500, owned(b, ADENA));
        assertTrue(ledgerLines(a).isEmpty());
        fx.clearSinks();
        trades.done(a, new TradeDone(1));
        assertEquals(0, fx.sink(b).count(TradePressOtherOk.OPCODE), "no trade left to confirm");
    }

    @Test
    void leavingDyingOrWalkingAwayCancels() {
        Player a = anna();
        Player b = boris();
        open(a, b);
        fx.world.despawn(b); // what a logout does
        trades.playerLeft(b);
        assertEquals(0, tradeDone(a));
        assertTrue(Dealing.of(a).trade == null);

        Player c = trader("Cyril", 1050, List.of(new ItemLedger.Delta(ADENA, 10)));
        open(a, c);
        trades.died(c);
        assertEquals(0, tradeDone(a));

        Player d = trader("Dora", 1050, List.of(new ItemLedger.Delta(ADENA, 10)));
        open(a, d);
        trades.checkRanges();
        assertEquals(0, fx.sink(a).count(SendTradeDone.OPCODE), "still near");
        fx.world.relocate(d, 1000 + Trades.RANGE + 100, 1000, -3000);
        trades.checkRanges();
        assertEquals(0, tradeDone(a));
        assertEquals(0, tradeDone(d));
        assertEquals(1000, owned(a, ADENA));
    }

    @Test
    void requestsAreRefusedByTheRules() {
        Player a = anna();
        Player b = boris();
        trades.request(a, a.objectId());
        assertEquals(List.of(Trades.INCORRECT_TARGET), messages(a));
        fx.clearSinks();

        Player far = trader("Faraway", 1000 + Trades.RANGE + 10, List.of(new ItemLedger.Delta(ADENA, 1)));
        trades.request(a, far.objectId());
        assertEquals(List.of(Trades.OUT_OF_RANGE), messages(a));
        assertEquals(0, fx.sink(far).count(SendTradeRequest.OPCODE));
        fx.clearSinks();

        Player c = trader("Cyril", 1050, List.of(new ItemLedger.Delta(ADENA, 10)));
        trades.request(a, b.objectId());
        trades.request(c, b.objectId());
        assertEquals(List.of(Trades.BUSY), messages(c), "Boris has a request to answer");
        fx.clearSinks();

        fx.clock.advance(Trades.REQUEST_MILLIS + 1);
        trades.answer(b, new AnswerTradeRequest(1));
        assertEquals(List.of(Trades.DENIED), messages(a), "a late answer counts as a refusal");
        assertEquals(0, fx.sink(b).count(TradeStart.OPCODE));
        fx.clearSinks();

        open(a, b);
        trades.request(a, c.objectId());
        assertEquals(List.of(Trades.ALREADY_TRADING), messages(a));
        fx.clearSinks();
        trades.request(c, a.objectId());
        assertEquals(List.of(Trades.BUSY), messages(c));
    }

    @Test
    void onlyTradableUnwornOwnedItemsWithinTheirCountCanBeOffered() {
        Player a = anna();
        Player b = boris();
        ItemTemplate untradable = TestData.world().items().all().stream()
                .filter(t -> !t.rules().tradable() && !t.questItem() && t.stackable())
                .findFirst()
                .orElseThrow();
        assertTrue(ledger.apply(a, List.of(new ItemLedger.Delta(untradable.itemId(), 1))));
        open(a, b);
        trades.add(a, new AddTradeItem(0, objectOf(a, untradable.itemId()), 1));
        assertEquals(List.of(Trades.CANNOT_BE_TRADED), messages(a));
        fx.clearSinks();
        trades.add(a, new AddTradeItem(0, objectOf(b, ARROWS), 1));
        assertEquals(List.of(Trades.NOTHING_HAPPENED), messages(a), "someone else's item");
        fx.clearSinks();
        trades.add(a, new AddTradeItem(0, objectOf(a, ADENA), 600));
        trades.add(a, new AddTradeItem(0, objectOf(a, ADENA), 600));
        assertEquals(List.of(Trades.NOTHING_HAPPENED), messages(a), "1200 of 1000 adena");
        trades.add(a, new AddTradeItem(0, objectOf(a, ADENA), 0));
        trades.add(a, new AddTradeItem(0, objectOf(a, ADENA), -5));
        assertEquals(1, fx.sink(a).count(TradeOwnAdd.OPCODE), "only the first 600");
        fx.clearSinks();
        trades.done(b, new TradeDone(1));
        assertEquals(List.of(Trades.CONFIRMED), messages(a));
        trades.add(a, new AddTradeItem(0, objectOf(a, SWORD), 1));
        assertEquals(List.of(Trades.CONFIRMED, Trades.NO_LONGER_ADJUST), messages(a));
        assertEquals(0, fx.sink(b).count(TradeOtherAdd.OPCODE));
    }

    @Test
    void anOfferedItemGoneBeforeTheExchangeFailsTheWholeTrade() {
        Player a = anna();
        Player b = boris();
        open(a, b);
        trades.add(a, new AddTradeItem(0, objectOf(a, ADENA), 800));
        trades.add(b, new AddTradeItem(0, objectOf(b, ARROWS), 100));
        assertTrue(ledger.apply(a, List.of(new ItemLedger.Delta(ADENA, -500)))); // spent meanwhile
        trades.done(a, new TradeDone(1));
        trades.done(b, new TradeDone(1));
        assertClosed(0, Trades.FAILED, a, b);
        assertEquals(100, owned(b, ARROWS));
        assertEquals(0, owned(a, ARROWS));
        assertEquals(500, owned(a, ADENA));
        assertTrue(ledgerLines(a).isEmpty() && ledgerLines(b).isEmpty());
    }

    @Test
    void aReceiverWithoutRoomGetsNothingAndGivesNothing() {
        Player a = anna();
        Player b = trader("Boris", 1100, List.of(new ItemLedger.Delta(SWORD, 79), new ItemLedger.Delta(ADENA, 5)));
        assertEquals(80, Inventory.of(b).slotsUsed());
        open(a, b);
        trades.add(a, new AddTradeItem(0, objectOf(a, SWORD), 1));
        trades.add(b, new AddTradeItem(0, objectOf(b, ADENA), 5));
        trades.done(a, new TradeDone(1));
        trades.done(b, new TradeDone(1));
        List<Integer> said = messages(b);
        assertTrue(said.contains(Inventory.INVENTORY_FULL) || said.contains(Inventory.WEIGHT_LIMIT), "why: " + said);
        assertEquals(0, tradeDone(a));
        assertEquals(1, owned(a, SWORD));
        assertEquals(79, owned(b, SWORD));
        assertEquals(5, owned(b, ADENA));
    }

    @Test
    void aTradeWhileTheDatabaseIsKnownDownIsRefusedAtOnce() {
        Player a = anna();
        Player b = boris();
        open(a, b);
        trades.add(a, new AddTradeItem(0, objectOf(a, ADENA), 100));
        databaseUp.set(false);
        trades.done(a, new TradeDone(1));
        trades.done(b, new TradeDone(1));
        assertClosed(0, Trades.FAILED, a, b);
        assertEquals(1000, owned(a, ADENA));
        assertEquals(500, owned(b, ADENA));
        assertFalse(ledger.isWriting(a) || ledger.isWriting(b));
    }
}
