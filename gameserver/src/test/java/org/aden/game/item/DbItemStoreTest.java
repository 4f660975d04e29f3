package org.aden.game.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.aden.common.db.Database;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameServer;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Item changes against a real MariaDB: each is one transaction, all rows or none, in order per owner. */
class DbItemStoreTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static Database database;
    static ExecutorService executor;
    static DbItemStore store;

    @BeforeAll
    static void open() {
        database = Database.open(db.newSchema(), "classpath:db/game", GameServer.MAPPERS);
        executor = Executors.newVirtualThreadPerTaskExecutor();
        store = new DbItemStore(database.sqlSessionFactory(), executor);
    }

    @AfterAll
    static void close() {
        executor.shutdown();
        database.close();
    }

    static ItemData item(int objectId, int owner, int itemId, long count) {
        return new ItemData(objectId, owner, itemId, count, 0, ItemLocation.INVENTORY, -1);
    }

    static List<ItemData> rows(int owner) {
        try (SqlSession s = database.sqlSessionFactory().openSession(true)) {
            return s.getMapper(ItemMapper.class).findByOwner(owner);
        }
    }

    static ItemChange change(int owner, List<ItemData> inserted, List<ItemData> updated, List<Integer> deleted) {
        return new ItemChange(owner, List.of(), inserted, updated, deleted);
    }

    @Test
    void aChangeWritesItsInsertsUpdatesAndDeletes() {
        store.write(change(1, List.of(item(10, 1, 57, 100), item(11, 1, 13, 1)), List.of(), List.of()))
                .join();
        assertEquals(List.of(item(10, 1, 57, 100), item(11, 1, 13, 1)), rows(1));
        store.write(change(1, List.of(item(12, 1, 1060, 3)), List.of(item(10, 1, 57, 40)), List.of(11)))
                .join();
        assertEquals(List.of(item(10, 1, 57, 40), item(12, 1, 1060, 3)), rows(1));
    }

    @Test
    void aChangeThatFailsHalfwayLeavesNothingBehind() {
        store.write(change(2, List.of(item(20, 2, 57, 500), item(21, 2, 13, 1)), List.of(), List.of()))
                .join();
        // the delete, the update and a first insert run, then the second insert hits the primary key of row 20:
        // all of it is rolled back
        CompletableFuture<Void> bad = store.write(
                change(2, List.of(item(22, 2, 1060, 5), item(20, 2, 14, 1)), List.of(item(20, 2, 57, 1)), List.of(21)));
        assertThrows(CompletionException.class, bad::join);
        assertEquals(List.of(item(20, 2, 57, 500), item(21, 2, 13, 1)), rows(2), "unchanged");
        // and the owner's next change still goes through
        store.write(change(2, List.of(), List.of(item(20, 2, 57, 499)), List.of()))
                .join();
        assertEquals(499, rows(2).get(0).count());
    }

    static List<String> ledger(int owner) {
        try (SqlSession s = database.sqlSessionFactory().openSession(true);
                var ps = s.getConnection()
                        .prepareStatement(
                                "SELECT at, item_id, count, counterpart, reason FROM item_ledger WHERE char_id = ? ORDER BY id")) {
            ps.setInt(1, owner);
            List<String> out = new java.util.ArrayList<>();
            try (var r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1) + " " + r.getInt(2) + " " + r.getLong(3) + " " + r.getString(4) + " "
                            + r.getString(5));
                }
            }
            return out;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theLedgerLinesAreWrittenWithTheirChangeOrNotAtAll() {
        LedgerEntry picked = new LedgerEntry(1000, 5, 57, 25, "ground", ItemLedger.Reason.PICKUP);
        store.write(new ItemChange(5, List.of(), List.of(item(50, 5, 57, 25)), List.of(), List.of(), List.of(picked)))
                .join();
        assertEquals(List.of("1000 57 25 ground PICKUP"), ledger(5));
        LedgerEntry bought = new LedgerEntry(2000, 5, 1060, 3, "npc:30001", ItemLedger.Reason.BUY);
        LedgerEntry paid = new LedgerEntry(2000, 5, 57, -20, "npc:30001", ItemLedger.Reason.BUY);
        // the insert collides with row 50: neither the rows nor the ledger lines stay
        CompletableFuture<Void> bad = store.write(new ItemChange(
                5,
                List.of(),
                List.of(item(50, 5, 1060, 3)),
                List.of(item(50, 5, 57, 5)),
                List.of(),
                List.of(bought, paid)));
        assertThrows(CompletionException.class, bad::join);
        assertEquals(List.of("1000 57 25 ground PICKUP"), ledger(5));
        assertEquals(List.of(item(50, 5, 57, 25)), rows(5));
    }

    @Test
    void changesOfOneOwnerLandInOrder() {
        store.write(change(3, List.of(item(30, 3, 57, 0)), List.of(), List.of()))
                .join();
        CompletableFuture<Void> last = null;
        for (int n = 1; n <= 50; n++) {
            last = store.write(change(3, List.of(), List.of(item(30, 3, 57, n)), List.of()));
        }
        last.join();
        store.awaitPending(3);
        assertEquals(50, rows(3).get(0).count());
        assertTrue(rows(4).isEmpty());
    }

    @Test
    void aReloadCanWaitForTheOwnersChangesToLand() throws Exception {
        java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
        DbItemStore slow = new DbItemStore(
                database.sqlSessionFactory(),
                command -> Thread.ofVirtual().start(() -> {
                    try {
                        hold.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    command.run();
                }));
        slow.write(change(7, List.of(item(70, 7, 57, 5)), List.of(), List.of()));
        assertEquals(false, slow.awaitWritten(7, java.time.Duration.ofMillis(200)), "still waiting for its write");
        assertEquals(true, slow.awaitWritten(8, java.time.Duration.ofMillis(1)), "another owner has nothing pending");
        hold.countDown();
        assertEquals(true, slow.awaitWritten(7, java.time.Duration.ofSeconds(10)));
        assertEquals(List.of(item(70, 7, 57, 5)), rows(7), "written before a reload would read it");
    }
}
