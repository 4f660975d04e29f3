package org.aden.game.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.aden.common.db.Database;
import org.aden.common.net.PacketReader;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameServer;
import org.aden.game.TestData;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.item.DbItemStore;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLedger;
import org.aden.game.item.ItemLocation;
import org.aden.game.item.ItemMapper;
import org.aden.game.item.Warehouse;
import org.aden.game.network.client.warehouse.SendWareHouseDepositList;
import org.aden.game.network.client.warehouse.SendWareHouseWithDrawList;
import org.aden.game.network.server.item.InventoryUpdate;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.warehouse.WareHouseDepositList;
import org.aden.game.network.server.warehouse.WareHouseWithdrawalList;
import org.aden.game.world.WorldFixture;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The private warehouse at a datapack keeper (30005 Wilford), with the rows written into MariaDB. */
class WarehousesTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static Database database;
    static final AtomicInteger ids = new AtomicInteger(0x3C000000);
    static final int ADENA = 57, SWORD = 1, ARROWS = 17;

    final WorldFixture fx = new WorldFixture();
    ItemLedger ledger;
    Warehouses warehouses;
    Npc keeper;

    @BeforeAll
    static void open() {
        database = Database.open(db.newSchema(), "classpath:db/game", GameServer.MAPPERS);
    }

    Player customer(String name) {
        ledger = new ItemLedger(
                TestData.world().items(),
                ids::incrementAndGet,
                new DbItemStore(database.sqlSessionFactory(), Runnable::run));
        warehouses = new Warehouses(fx.world, ledger);
        keeper = new Npc(0x20000005, TestData.world().npcs().get(30005).orElseThrow(), 1100, 1000, -3000, 0);
        fx.world.spawn(keeper);
        Player p = fx.player(name, 1000, 1000);
        try (SqlSession s = database.sqlSessionFactory().openSession(true)) {
            s.getMapper(ItemMapper.class).deleteByOwner(p.objectId()); // fixtures reuse object ids
        }
        assertTrue(ledger.apply(
                p,
                List.of(
                        new ItemLedger.Delta(ADENA, 1000),
                        new ItemLedger.Delta(SWORD, 1),
                        new ItemLedger.Delta(ARROWS, 100))));
        return p;
    }

    static List<ItemData> rows(Player p) {
        try (SqlSession s = database.sqlSessionFactory().openSession()) {
            return s.getMapper(ItemMapper.class).findByOwner(p.objectId());
        }
    }

    static long rowCount(Player p, int itemId, ItemLocation where) {
        return rows(p).stream()
                .filter(i -> i.itemId() == itemId && i.location() == where)
                .mapToLong(ItemData::count)
                .sum();
    }

    static ItemData item(List<ItemData> items, int itemId) {
        return items.stream().filter(i -> i.itemId() == itemId).findFirst().orElseThrow();
    }

    @Test
    void depositAndWithdrawMoveRowsSplitAndJoinStacksAndTakeTheFee() {
        Player p = customer("Saver");
        warehouses.showDeposit(p, keeper);
        byte[] list = fx.sink(p).withOpcode(WareHouseDepositList.OPCODE).get(0);
        PacketReader r = new PacketReader(list, 1, list.length - 1);
        assertEquals(1, r.readH(), "the private warehouse");
        assertEquals(1000, r.readD());
        assertEquals(3, r.readH(), "adena, sword and arrows may be deposited");
        int sword = item(Inventory.of(p).items(), SWORD).objectId();
        int arrows = item(Inventory.of(p).items(), ARROWS).objectId();

        warehouses.deposit(p, new SendWareHouseDepositList(Map.of(sword, 1, arrows, 40)));
        assertEquals(1000 - 2 * Warehouses.FEE_PER_LINE, ledger.count(p, ADENA));
        assertEquals(60, ledger.count(p, ARROWS));
        assertEquals(0, ledger.count(p, SWORD));
        assertEquals(
                ItemLocation.WAREHOUSE,
                rows(p).stream()
                        .filter(i -> i.objectId() == sword)
                        .findFirst()
                        .orElseThrow()
                        .location(),
                "the sword's row moved");
        assertEquals(40, rowCount(p, ARROWS, ItemLocation.WAREHOUSE));
        assertEquals(60, rowCount(p, ARROWS, ItemLocation.INVENTORY));
        assertEquals(1, fx.sink(p).count(InventoryUpdate.OPCODE));

        warehouses.showDeposit(p, keeper);
        warehouses.deposit(p, new SendWareHouseDepositList(Map.of(arrows, 10)));
        assertEquals(50, rowCount(p, ARROWS, ItemLocation.WAREHOUSE), "joined the stack already there");
        assertEquals(2, Warehouse.of(p).items().size());

        warehouses.showWithdraw(p, keeper);
        assertEquals(1, fx.sink(p).count(WareHouseWithdrawalList.OPCODE));
        int kept = item(Warehouse.of(p).items(), ARROWS).objectId();
        warehouses.withdraw(p, new SendWareHouseWithDrawList(Map.of(kept, 50, sword, 1)));
        assertEquals(100, ledger.count(p, ARROWS));
        assertEquals(1, ledger.count(p, SWORD));
        assertEquals(0, rowCount(p, ARROWS, ItemLocation.WAREHOUSE));
        assertEquals(100, rowCount(p, ARROWS, ItemLocation.INVENTORY));
        assertTrue(Warehouse.of(p).items().isEmpty());
        assertEquals(1000 - 3 * Warehouses.FEE_PER_LINE, rowCount(p, ADENA, ItemLocation.INVENTORY));

        fx.clearSinks();
        warehouses.showWithdraw(p, keeper);
        assertEquals(0, fx.sink(p).count(WareHouseWithdrawalList.OPCODE));
        byte[] msg = fx.sink(p).withOpcode(SystemMessage.OPCODE).get(0);
        assertEquals(Warehouses.NOTHING_DEPOSITED, new PacketReader(msg, 1, 4).readD());
    }

    @Test
    void refusalsMoveNothing() {
        Player p = customer("Careful");
        int arrows = item(Inventory.of(p).items(), ARROWS).objectId();
        int adena = item(Inventory.of(p).items(), ADENA).objectId();
        warehouses.deposit(p, new SendWareHouseDepositList(Map.of(arrows, 1))); // no window open
        warehouses.showDeposit(p, keeper);
        warehouses.deposit(p, new SendWareHouseDepositList(Map.of(arrows, 101))); // more than owned
        warehouses.deposit(p, new SendWareHouseDepositList(Map.of(adena, 990))); // 990 + the fee > 1000
        warehouses.deposit(p, new SendWareHouseDepositList(Map.of(12345, 1))); // not the player's
        fx.world.relocate(p, 5000, 5000, -3000);
        warehouses.deposit(p, new SendWareHouseDepositList(Map.of(arrows, 1))); // walked away
        assertTrue(Warehouse.of(p).items().isEmpty());
        assertEquals(100, rowCount(p, ARROWS, ItemLocation.INVENTORY));
        assertEquals(1000, rowCount(p, ADENA, ItemLocation.INVENTORY));
    }

    @Test
    void aLoadedCharacterKeepsItsWarehouseApart() {
        Player p = customer("Returning");
        warehouses.showDeposit(p, keeper);
        int sword = item(Inventory.of(p).items(), SWORD).objectId();
        warehouses.deposit(p, new SendWareHouseDepositList(Map.of(sword, 1)));
        Player again = WorldFixture.PLAYERS.create(p.snapshot(), rows(p), List.of(), List.of(), List.of());
        assertTrue(Inventory.of(again).items().stream().noneMatch(i -> i.itemId() == SWORD), "not carried");
        assertEquals(sword, item(Warehouse.of(again).items(), SWORD).objectId());
    }
}
