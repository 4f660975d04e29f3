package org.aden.game.equip;

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
import org.aden.game.actor.Player;
import org.aden.game.item.DbItemStore;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLedger;
import org.aden.game.item.ItemMapper;
import org.aden.game.item.PaperdollSlot;
import org.aden.game.network.client.item.RequestUnEquipItem;
import org.aden.game.network.client.item.UseItem;
import org.aden.game.network.server.item.InventoryUpdate;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.world.CharInfo;
import org.aden.game.network.server.world.UserInfo;
import org.aden.game.world.RecordingSink;
import org.aden.game.world.WorldFixture;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Putting on and taking off the datapack's gear: slots, what is pushed off, what is shown, what the rows hold. */
class EquipmentTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static Database database;
    static final AtomicInteger ids = new AtomicInteger(0x38000000);

    static final int SHORT_SWORD = 1, BOW = 14, ARROWS = 17, SHIELD = 18, RING = 116, PANTS = 28, FULL_ARMOUR = 60;
    static final int QUEST_LETTER = 687;

    final WorldFixture fx = new WorldFixture();
    ItemLedger ledger;
    Equipment equipment;

    @BeforeAll
    static void open() {
        database = Database.open(db.newSchema(), "classpath:db/game", GameServer.MAPPERS);
    }

    Player wearer(String name, ItemLedger.Delta... gear) {
        ledger = new ItemLedger(
                TestData.world().items(),
                ids::incrementAndGet,
                new DbItemStore(database.sqlSessionFactory(), Runnable::run));
        equipment = new Equipment(fx.world, ledger);
        Player p = fx.player(name, 1000, 1000);
        try (SqlSession s = database.sqlSessionFactory().openSession(true)) {
            s.getMapper(ItemMapper.class).deleteByOwner(p.objectId()); // fixtures reuse object ids
        }
        assertTrue(ledger.apply(p, List.of(gear)));
        return p;
    }

    static ItemData item(Player p, int itemId) {
        return Inventory.of(p).items().stream()
                .filter(i -> i.itemId() == itemId)
                .findFirst()
                .orElseThrow();
    }

    static ItemData row(ItemData i) {
        try (SqlSession s = database.sqlSessionFactory().openSession()) {
            return s.getMapper(ItemMapper.class).findByOwner(i.ownerId()).stream()
                    .filter(r -> r.objectId() == i.objectId())
                    .findFirst()
                    .orElseThrow();
        }
    }

    void use(Player p, int itemId) {
        equipment.use(p, new UseItem(item(p, itemId).objectId(), false));
    }

    @Test
    void aSwordInTheHandRaisesPAtkAndEveryoneSeesIt() {
        Player p = wearer("Swordsman", new ItemLedger.Delta(SHORT_SWORD, 1));
        Player onlooker = fx.player("Onlooker", 1100, 1000);
        int before = p.stats().pAtk();
        RecordingSink sink = fx.sink(p);
        fx.clearSinks();
        use(p, SHORT_SWORD);
        ItemData sword = item(p, SHORT_SWORD);
        assertEquals(PaperdollSlot.RIGHT_HAND, sword.paperdollSlot());
        assertTrue(
                p.stats().pAtk() > before,
                "P.Atk " + before + " -> " + p.stats().pAtk());
        assertEquals(PaperdollSlot.RIGHT_HAND, row(sword).paperdollSlot(), "the row says where it is worn");
        assertEquals(1, sink.count(InventoryUpdate.OPCODE));
        assertEquals(1, sink.count(UserInfo.OPCODE));
        byte[] msg = sink.withOpcode(SystemMessage.OPCODE).get(0);
        assertEquals(Equipment.EQUIPPED, new PacketReader(msg, 1, 4).readD());
        assertEquals(1, fx.sink(onlooker).countAbout(CharInfo.OPCODE, p.objectId()), "onlookers see the new gear");

        use(p, SHORT_SWORD); // a second double-click takes it off
        assertFalse(item(p, SHORT_SWORD).equipped());
        assertFalse(row(sword).equipped());
        assertEquals(before, p.stats().pAtk());
    }

    @Test
    void aBowPushesTheShieldOffAndKeepsItsArrows() {
        Player p = wearer(
                "Archer",
                new ItemLedger.Delta(SHIELD, 1),
                new ItemLedger.Delta(BOW, 1),
                new ItemLedger.Delta(ARROWS, 50));
        use(p, ARROWS);
        assertFalse(item(p, ARROWS).equipped(), "arrows need a bow");
        use(p, SHIELD);
        use(p, BOW);
        assertFalse(item(p, SHIELD).equipped(), "a two-handed weapon frees the left hand");
        assertEquals(PaperdollSlot.RIGHT_HAND, item(p, BOW).paperdollSlot());
        use(p, ARROWS);
        assertEquals(PaperdollSlot.LEFT_HAND, item(p, ARROWS).paperdollSlot());
        assertTrue(item(p, BOW).equipped(), "arrows stay with the bow");
        use(p, SHIELD);
        assertFalse(item(p, BOW).equipped(), "a shield frees the two-handed weapon");
        assertFalse(item(p, ARROWS).equipped());
    }

    @Test
    void ringsFillBothFingersAndFullArmourTakesTheLegs() {
        Player p = wearer(
                "Knight",
                new ItemLedger.Delta(RING, 3),
                new ItemLedger.Delta(PANTS, 1),
                new ItemLedger.Delta(FULL_ARMOUR, 1));
        List<ItemData> rings =
                Inventory.of(p).items().stream().filter(i -> i.itemId() == RING).toList();
        for (ItemData r : rings) {
            equipment.use(p, new UseItem(r.objectId(), false));
        }
        var worn = Inventory.of(p).paperdoll();
        assertEquals(
                rings.get(2).objectId(), worn.get(PaperdollSlot.RIGHT_FINGER).objectId(), "the third replaced");
        assertEquals(
                rings.get(1).objectId(), worn.get(PaperdollSlot.LEFT_FINGER).objectId());
        use(p, PANTS);
        use(p, FULL_ARMOUR);
        assertFalse(item(p, PANTS).equipped());
        assertEquals(PaperdollSlot.CHEST, item(p, FULL_ARMOUR).paperdollSlot());
        use(p, PANTS);
        assertFalse(item(p, FULL_ARMOUR).equipped(), "legs free full armour");

        // dragging the left ring off the paperdoll
        equipment.unequip(p, new RequestUnEquipItem(PaperdollSlot.MASK_L_FINGER));
        assertFalse(Inventory.of(p).paperdoll().containsKey(PaperdollSlot.LEFT_FINGER));
        assertTrue(Inventory.of(p).paperdoll().containsKey(PaperdollSlot.RIGHT_FINGER));
    }

    @Test
    void questItemsAreNotUsed() {
        Player p = wearer("Courier", new ItemLedger.Delta(QUEST_LETTER, 1));
        fx.clearSinks();
        use(p, QUEST_LETTER);
        byte[] msg = fx.sink(p).withOpcode(SystemMessage.OPCODE).get(0);
        assertEquals(Equipment.CANNOT_USE_QUEST_ITEM, new PacketReader(msg, 1, 4).readD());
        equipment.use(p, new UseItem(123456, false)); // not the player's: nothing at all
        assertFalse(item(p, QUEST_LETTER).equipped());
    }
}
