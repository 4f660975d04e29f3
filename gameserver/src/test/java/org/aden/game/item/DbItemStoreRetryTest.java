package org.aden.game.item;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.List;
import org.aden.common.db.Database;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A retry after an outage must not double a change whose first attempt did commit: it recognises the change by its
 * first ledger line, or by its first inserted row (the retry itself: SaveQueueTest's stall).
 */
class DbItemStoreRetryTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static Database database;

    @BeforeAll
    static void open() {
        database = Database.open(db.newSchema(), "classpath:db/game", GameServer.MAPPERS);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void aChangeThatLandedIsRecognisedByItsLedgerLineOrItsInsertedRow() throws Exception {
        ItemData adena = new ItemData(901, 900, 57, 100, 0, ItemLocation.INVENTORY, -1);
        LedgerEntry line = new LedgerEntry(1_700_000_000_123L, 900, 57, 100, "npc:30001", ItemLedger.Reason.SELL);
        ItemChange logged = new ItemChange(900, List.of(adena), List.of(adena), List.of(), List.of(), List.of(line));
        ItemData sword = new ItemData(902, 900, 1, 1, 0, ItemLocation.INVENTORY, -1);
        ItemChange unlogged = new ItemChange(900, List.of(sword), List.of(sword), List.of(), List.of());
        try (Connection c = database.dataSource().getConnection()) {
            assertFalse(DbItemStore.landed(c, logged), "not written yet");
            assertFalse(DbItemStore.landed(c, unlogged));
        }
        DbItemStore store = new DbItemStore(database.sqlSessionFactory(), Runnable::run, database.health());
        store.write(logged).join();
        store.write(unlogged).join();
        try (Connection c = database.dataSource().getConnection()) {
            assertTrue(DbItemStore.landed(c, logged), "its ledger line is there");
            assertTrue(DbItemStore.landed(c, unlogged), "its inserted row is there");
            ItemChange sameLineOtherTime = new ItemChange(
                    900,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(new LedgerEntry(line.at() + 1, 900, 57, 100, "npc:30001", ItemLedger.Reason.SELL)));
            assertFalse(DbItemStore.landed(c, sameLineOtherTime), "another sale of the same amount is another change");
        }
    }
}
