package org.aden.game.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.aden.common.db.Database;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameServer;
import org.aden.game.TestData;
import org.aden.game.actor.Player;
import org.aden.game.item.DbItemStore;
import org.aden.game.item.ItemLedger;
import org.aden.game.network.client.trade.AddTradeItem;
import org.aden.game.network.client.trade.AnswerTradeRequest;
import org.aden.game.network.client.trade.TradeDone;
import org.aden.game.world.WorldFixture;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A trade against a stalled database: the shared test MariaDB is stopped (SIGSTOP) for longer than this schema's
 * 1 s pool timeout. A trade confirmed just as the stall began waits, changes nothing meanwhile, and lands once when
 * the database is back; a trade confirmed once the stall is known is refused at once, with nothing moved.
 */
class TradeStallTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static final int ADENA = 57, SWORD = 1;
    final WorldFixture fx = new WorldFixture();
    final AtomicInteger ids = new AtomicInteger(0x3E000000);

    @Test
    void aTradeDuringAStallLandsOnceOrIsRefused() throws Exception {
        try (Database d = Database.open(
                        db.newSchema().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2)),
                        "classpath:db/game",
                        GameServer.MAPPERS);
                ExecutorService exec = Executors.newVirtualThreadPerTaskExecutor()) {
            DbItemStore store = new DbItemStore(d.sqlSessionFactory(), exec, d.health());
            ItemLedger ledger = new ItemLedger(
                    TestData.world().items(), ids::incrementAndGet, store, fx.world::submit, InstantSource.system());
            Trades trades = new Trades(fx.world, ledger, d.health()::isUp);
            Player a = fx.player("Anna", 1000, 1000);
            Player b = fx.player("Boris", 1050, 1000);
            Player c = fx.player("Cyril", 2000, 1000);
            Player e = fx.player("Dora", 2050, 1000);
            for (Player p : List.of(a, b, c, e)) {
                assertTrue(ledger.apply(p, List.of(new ItemLedger.Delta(ADENA, 1000), new ItemLedger.Delta(SWORD, 1))));
                store.awaitPending(p.objectId());
            }
            offer(trades, a, b);
            offer(trades, c, e);
            db.signal("STOP");
            long stoppedAt = System.nanoTime();
            try {
                trades.done(a, new TradeDone(1));
                trades.done(b, new TradeDone(1)); // the database is not known down yet: the write starts and waits
                assertTrue(ledger.isWriting(a) && ledger.isWriting(b));
                long until = System.nanoTime() + 8_000_000_000L;
                while (d.health().isUp() && System.nanoTime() < until) {
                    Thread.sleep(100);
                }
                assertFalse(d.health().isUp(), "the stall is noticed");
                fx.ticks(1);
                assertEquals(1000, ledger.count(a, ADENA), "nothing changes before the write");
                assertEquals(1, ledger.count(a, SWORD));
                fx.clearSinks();
                trades.done(c, new TradeDone(1));
                trades.done(e, new TradeDone(1));
                for (Player p : List.of(c, e)) {
                    assertEquals(0, result(p), "refused at once while the database is away");
                    assertTrue(messages(p).contains(Trades.FAILED));
                }
                assertFalse(ledger.isWriting(c) || ledger.isWriting(e));
                // -Daden.test.stall-seconds=65: keep the database stopped that long (the 60 s outage); the
                // build runs the short stall
                long holdUntil = stoppedAt + Long.getLong("aden.test.stall-seconds", 0) * 1_000_000_000L;
                while (System.nanoTime() < holdUntil) {
                    fx.ticks(1);
                    Thread.sleep(500);
                }
            } finally {
                db.signal("CONT");
            }
            long until = System.nanoTime() + 40_000_000_000L;
            while (ledger.isWriting(a) && System.nanoTime() < until) {
                store.awaitWritten(a.objectId(), Duration.ofSeconds(1));
                fx.ticks(1);
            }
            assertFalse(ledger.isWriting(a), "the trade was written once the database came back");
            assertEquals(1, result(a));
            assertEquals(1, result(b));
            assertEquals(700, ledger.count(a, ADENA));
            assertEquals(1300, ledger.count(b, ADENA));
            assertEquals(2, ledger.count(b, SWORD));
            assertEquals(700, owned(d, a, ADENA), "the rows, once");
            assertEquals(1300, owned(d, b, ADENA));
            assertEquals(0, owned(d, a, SWORD));
            assertEquals(2, owned(d, b, SWORD));
            assertEquals(1000, owned(d, c, ADENA), "the refused trade moved nothing");
            assertEquals(1000, owned(d, e, ADENA));
            assertEquals(4, count(d, "SELECT COUNT(*) FROM item_ledger WHERE reason = 'TRADE'"), "one line each");
        }
    }

    /** A trade opened between the two, each offering 300 adena and the first its sword too. */
    void offer(Trades trades, Player p, Player q) {
        trades.request(p, q.objectId());
        trades.answer(q, new AnswerTradeRequest(1));
        trades.add(p, new AddTradeItem(0, TradesTest.objectOf(p, SWORD), 1));
        trades.add(p, new AddTradeItem(0, TradesTest.objectOf(p, ADENA), 300));
        fx.clearSinks();
    }

    int result(Player p) {
        return TradesTest.tradeDone(fx.sink(p));
    }

    List<Integer> messages(Player p) {
        return TradesTest.messages(fx.sink(p));
    }

    static long owned(Database d, Player p, int itemId) throws Exception {
        return count(
                d,
                "SELECT COALESCE(SUM(count), 0) FROM items WHERE owner_id = " + p.objectId() + " AND item_id = "
                        + itemId);
    }

    static long count(Database d, String q) throws Exception {
        try (SqlSession s = d.sqlSessionFactory().openSession();
                PreparedStatement ps = s.getConnection().prepareStatement(q);
                ResultSet r = ps.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
