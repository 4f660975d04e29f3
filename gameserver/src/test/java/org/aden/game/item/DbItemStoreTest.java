package org.aden.game.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.aden.common.db.Database;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameServer;
import org.aden.game.TestData;
import org.aden.game.actor.Player;
import org.aden.game.character.CharacterData;
import org.aden.game.character.CharacterRepository;
import org.aden.game.world.WorldFixture;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ledger's changes as they reach a real MariaDB: each one a transaction, all rows or none. */
class DbItemStoreTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static Database database;
    static final WorldFixture WORLD = new WorldFixture(); // one fixture: distinct object ids
    static ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    @BeforeAll
    static void open() {
        database = Database.open(db.newSchema(), "classpath:db/game", GameServer.MAPPERS);
    }

    @AfterAll
    static void close() {
        executor.shutdown();
        database.close();
    }

    final DbItemStore store = new DbItemStore(database.sqlSessionFactory(), executor);
    static final AtomicInteger ids = new AtomicInteger(0x40000000);
    final ItemLedger ledger = new ItemLedger(TestData.world().items(), ids::incrementAndGet, store);

    static Player character(String name) {
        Player p = WORLD.player(name, -71338, 258271);
        new CharacterRepository(database)
                .create(
                        new CharacterData(
                                p.objectId(),
                                "acc_" + name,
                                name,
                                "",
                                0,
                                0,
                                0,
                                1,
                                2,
                                3,
                                1,
                                1,
                                0,
                                0,
                                80,
                                30,
                                32,
                                80,
                                30,
                                32,
                                0,
                                0,
                                0,
                                -71338,
                                258271,
                                -3104,
                                0,
                                0,
                                0,
                                0,
                                0,
                                1),
                        List.of(),
                        List.of());
        return p;
    }

    static Map<Integer, Long> rows(Player p) {
        try (SqlSession s = database.sqlSessionFactory().openSession()) {
            return s.getMapper(ItemMapper.class).findByOwner(p.objectId()).stream()
                    .collect(Collectors.toMap(ItemData::itemId, ItemData::count, Long::sum));
        }
    }

    @Test
    void aPurchaseIsWrittenAsOneChange() {
        Player p = character("Buyer");
        assertTrue(ledger.apply(p, List.of(new ItemLedger.Delta(57, 1000))));
        store.awaitPending(p.objectId());
        assertEquals(Map.of(57, 1000L), rows(p));
        assertTrue(ledger.apply(p, List.of(new ItemLedger.Delta(57, -300), new ItemLedger.Delta(1060, 3))));
        store.awaitPending(p.objectId());
        assertEquals(Map.of(57, 700L, 1060, 3L), rows(p));
        assertTrue(ledger.apply(p, List.of(new ItemLedger.Delta(1060, -3))));
        store.awaitPending(p.objectId());
        assertEquals(Map.of(57, 700L), rows(p), "a stack used up is deleted");
    }

    @Test
    void aChangeThatFailsHalfwayLeavesNoRowChanged() {
        Player p = character("Unlucky");
        ledger.apply(p, List.of(new ItemLedger.Delta(57, 500)));
        store.awaitPending(p.objectId());
        ItemData adena = Inventory.of(p).items().get(0);
        ItemData less = new ItemData(adena.objectId(), adena.ownerId(), 57, 100, 0, ItemLocation.INVENTORY, -1);
        // the insert reuses the adena's object id: the database refuses it after the update already ran
        ItemChange clash = new ItemChange(p.objectId(), List.of(less), List.of(adena), List.of(less), List.of());
        assertThrows(CompletionException.class, () -> store.write(clash).join());
        assertEquals(Map.of(57, 500L), rows(p), "the update was rolled back with the failed insert");
    }
}
