package org.aden.game.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.aden.common.db.Database;
import org.aden.common.net.PacketReader;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameServer;
import org.aden.game.TestData;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.item.DbItemStore;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLedger;
import org.aden.game.item.ItemMapper;
import org.aden.game.network.client.multisell.MultiSellChoose;
import org.aden.game.network.client.shop.RequestBuyItem;
import org.aden.game.network.client.shop.RequestSellItem;
import org.aden.game.network.server.item.ItemList;
import org.aden.game.network.server.multisell.MultiSellList;
import org.aden.game.network.server.system.ActionFailed;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.world.RecordingSink;
import org.aden.game.world.WorldFixture;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Buying and selling at a real merchant of the datapack (31380 and its list 382), with the item rows written by the
 * real item store into MariaDB: what the player sees, what the database holds, and every refusal changing nothing.
 */
class ShopsTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static Database database;
    static final AtomicInteger ids = new AtomicInteger(0x30000000);

    final WorldFixture fx = new WorldFixture();
    ItemLedger ledger;
    Shops shops;
    Exchanges exchanges;

    @BeforeAll
    static void open() {
        database = Database.open(db.newSchema(), "classpath:db/game", GameServer.MAPPERS);
    }

    Player customer(String name, long adena) {
        ledger = new ItemLedger(
                TestData.world().items(),
                ids::incrementAndGet,
                new DbItemStore(database.sqlSessionFactory(), Runnable::run));
        shops = new Shops(fx.world, TestData.world().buyLists(), ledger);
        exchanges = new Exchanges(fx.world, TestData.world().multisells(), ledger);
        Player p = fx.player(name, 1000, 1000);
        try (SqlSession s = database.sqlSessionFactory().openSession(true)) {
            s.getMapper(ItemMapper.class).deleteByOwner(p.objectId()); // fixtures reuse object ids
        }
        assertTrue(ledger.apply(p, List.of(new ItemLedger.Delta(Shops.ADENA, adena))));
        return p;
    }

    Npc merchant(int templateId, int x, int y) {
        Npc n = new Npc(
                0x20000000 + templateId, TestData.world().npcs().get(templateId).orElseThrow(), x, y, -3000, 0);
        fx.world.spawn(n);
        return n;
    }

    static List<ItemData> rows(Player p) {
        try (SqlSession s = database.sqlSessionFactory().openSession()) {
            return s.getMapper(ItemMapper.class).findByOwner(p.objectId());
        }
    }

    static long rowCount(Player p, int itemId) {
        return rows(p).stream()
                .filter(i -> i.itemId() == itemId)
                .mapToLong(ItemData::count)
                .sum();
    }

    @Test
    void aPlayerBuysFromTheMerchantAndTheDatabaseHoldsIt() {
        Player p = customer("Buyer", 1000);
        Npc m = merchant(31380, 1100, 1000);
        RecordingSink sink = fx.sink(p);
        assertTrue(shops.showBuyList(p, m, 382));
        byte[] list = sink.withOpcode(org.aden.game.network.server.shop.BuyList.OPCODE)
                .get(0);
        PacketReader r = new PacketReader(list, 1, list.length - 1);
        assertEquals(1000, r.readD(), "the player's adena");
        assertEquals(382, r.readD());
        assertEquals(TestData.world().buyLists().get(382).items().size(), r.readH());

        sink.clear();
        shops.buy(p, new RequestBuyItem(382, List.of(new RequestBuyItem.Line(1835, 10))));
        assertEquals(1000 - 8 * 10, ledger.count(p, Shops.ADENA));
        assertEquals(10, ledger.count(p, 1835));
        assertEquals(1, sink.count(ItemList.OPCODE), "the inventory answered the purchase");
        assertEquals(1000 - 80, rowCount(p, Shops.ADENA), "adena row in the database");
        assertEquals(10, rowCount(p, 1835), "the bought stack in the database");
    }

    @Test
    void refusalsChangeNothing() {
        Player p = customer("Careful", 100);
        Npc m = merchant(31380, 1100, 1000);
        RecordingSink sink = fx.sink(p);
        // before any window was opened
        shops.buy(p, new RequestBuyItem(382, List.of(new RequestBuyItem.Line(1835, 1))));
        assertEquals(1, sink.count(ActionFailed.OPCODE));
        shops.showBuyList(p, m, 382);
        // another list than the open one, an item not on the list, more adena than owned
        shops.buy(p, new RequestBuyItem(383, List.of(new RequestBuyItem.Line(1835, 1))));
        shops.buy(p, new RequestBuyItem(382, List.of(new RequestBuyItem.Line(57, 1))));
        shops.buy(p, new RequestBuyItem(382, List.of(new RequestBuyItem.Line(1835, 13))));
        byte[] msg = sink.withOpcode(SystemMessage.OPCODE).get(0);
        assertEquals(Shops.NOT_ENOUGH_ADENA, new PacketReader(msg, 1, 4).readD());
        // walked away from the merchant
        fx.world.relocate(p, 5000, 5000, -3000);
        shops.buy(p, new RequestBuyItem(382, List.of(new RequestBuyItem.Line(1835, 1))));
        assertEquals(100, ledger.count(p, Shops.ADENA));
        assertEquals(0, ledger.count(p, 1835));
        assertEquals(100, rowCount(p, Shops.ADENA));
        assertEquals(0, sink.count(ItemList.OPCODE));
        assertEquals(5, sink.count(ActionFailed.OPCODE));
    }

    @Test
    void aPlayerSellsTheItemHePicksAtHalfItsPrice() {
        Player p = customer("Seller", 1000);
        Npc m = merchant(31380, 1100, 1000);
        shops.showBuyList(p, m, 382);
        shops.buy(p, new RequestBuyItem(382, List.of(new RequestBuyItem.Line(1835, 10))));
        ItemData shots =
                rows(p).stream().filter(i -> i.itemId() == 1835).findFirst().orElseThrow();
        long unit = TestData.world().items().get(1835).price() / 2;
        shops.showSellList(p, m);
        shops.sell(p, new RequestSellItem(0, List.of(new RequestSellItem.Line(shots.objectId(), 1835, 4))));
        assertEquals(6, ledger.count(p, 1835));
        assertEquals(920 + 4 * unit, ledger.count(p, Shops.ADENA));
        assertEquals(6, rowCount(p, 1835));
        // more than owned, or an object that is not the player's: nothing happens
        shops.sell(p, new RequestSellItem(0, List.of(new RequestSellItem.Line(shots.objectId(), 1835, 7))));
        shops.sell(p, new RequestSellItem(0, List.of(new RequestSellItem.Line(12345, 1835, 1))));
        assertEquals(6, ledger.count(p, 1835));
        assertEquals(920 + 4 * unit, rowCount(p, Shops.ADENA));
    }

    @Test
    void aLimitedItemSellsOutAndComesBackAfterItsRestockDelay() {
        Player p = customer("Collector", 100_000);
        Npc m = merchant(31380, 1100, 1000);
        BuyList list = TestData.world().buyLists().get(7); // one 5900 at a time, restocked after 180 minutes
        BuyList.Entry e = list.items().get(0);
        assertTrue(e.limited());
        assertTrue(shops.showBuyList(p, m, 7));
        shops.buy(p, new RequestBuyItem(7, List.of(new RequestBuyItem.Line(e.itemId(), (int) e.count()))));
        assertEquals(e.count(), ledger.count(p, e.itemId()));
        shops.buy(p, new RequestBuyItem(7, List.of(new RequestBuyItem.Line(e.itemId(), 1))));
        assertEquals(e.count(), ledger.count(p, e.itemId()), "sold out");
        fx.clock.advance(e.restockMinutes() * 60_000L);
        shops.buy(p, new RequestBuyItem(7, List.of(new RequestBuyItem.Line(e.itemId(), 1))));
        assertEquals(e.count() + 1, ledger.count(p, e.itemId()), "restocked");
        assertFalse(shops.showBuyList(p, m, 999_999), "no such list");
    }

    static ItemData piece(Player p, int itemId, int enchant) {
        return rows(p).stream()
                .filter(i -> i.itemId() == itemId && i.enchantLevel() == enchant)
                .findFirst()
                .orElse(null);
    }

    @Test
    void anExchangeSpendsThePlainPieceAndKeepsTheEnchantedOne() {
        Player p = customer("Trader", 5000);
        Npc m = merchant(31380, 1100, 1000); // multisell 1 names no NPC: any script may open it
        assertTrue(ledger.apply(
                p, List.of(new ItemLedger.Delta(21, 1), ItemLedger.Delta.enchanted(21, 1, 5)))); // two Shirts, one +5
        RecordingSink sink = fx.sink(p);
        assertTrue(exchanges.show(p, m, 1));
        byte[] page = sink.withOpcode(MultiSellList.OPCODE).get(0);
        PacketReader r = new PacketReader(page, 1, page.length - 1);
        assertEquals(1, r.readD());
        assertEquals(1, r.readD(), "page 1");
        assertEquals(1, r.readD(), "and the last");
        assertEquals(40, r.readD());
        assertEquals(TestData.world().multisells().get(1).entries().size(), r.readD());

        exchanges.choose(p, new MultiSellChoose(1, 1, 1)); // Shirt + 2100 adena -> Leather Shirt
        assertEquals(5000 - 2100, ledger.count(p, Shops.ADENA));
        assertEquals(1, ledger.count(p, 22));
        assertEquals(null, piece(p, 21, 0), "the plain shirt was spent");
        assertTrue(piece(p, 21, 5) != null, "the +5 shirt was kept");
        assertEquals(1, sink.count(ItemList.OPCODE));

        exchanges.choose(p, new MultiSellChoose(1, 1, 2)); // two of a non-stackable entry: refused, list forgotten
        exchanges.choose(p, new MultiSellChoose(1, 1, 1));
        assertEquals(5000 - 2100, rowCount(p, Shops.ADENA), "nothing more exchanged");
        assertTrue(piece(p, 21, 5) != null);
    }

    @Test
    void aKeepEnchantListCarriesTheEnchantOver() {
        Player p = customer("Smith", 1);
        Npc m = merchant(30298, 1100, 1000);
        Multisell list = TestData.world().multisells().get(1002);
        Multisell.Entry first = list.entries().get(0);
        int from = first.ingredients().get(0).itemId();
        int to = first.products().get(0).itemId();
        assertTrue(ledger.apply(p, List.of(ItemLedger.Delta.enchanted(from, 1, 4))));
        assertFalse(exchanges.show(p, merchant(31380, 1050, 1000), 1002), "not this NPC's list");
        assertTrue(exchanges.show(p, m, 1002));
        exchanges.choose(p, new MultiSellChoose(1002, 1, 1));
        assertEquals(0, ledger.count(p, from));
        ItemData made = piece(p, to, 4);
        assertTrue(made != null, "the product is +4 like the ingredient was");
    }
}
