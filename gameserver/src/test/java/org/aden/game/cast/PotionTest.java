package org.aden.game.cast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.aden.common.db.Database;
import org.aden.common.net.PacketReader;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameServer;
import org.aden.game.TestData;
import org.aden.game.actor.Player;
import org.aden.game.combat.Combat;
import org.aden.game.equip.Equipment;
import org.aden.game.item.DbItemStore;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLedger;
import org.aden.game.item.ItemMapper;
import org.aden.game.move.Teleports;
import org.aden.game.network.client.item.UseItem;
import org.aden.game.network.server.item.InventoryUpdate;
import org.aden.game.network.server.skill.MagicSkillUse;
import org.aden.game.network.server.system.ActionFailed;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.stat.PlayerStats;
import org.aden.game.world.RecordingSink;
import org.aden.game.world.WorldFixture;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** UseItem on potions and scrolls (MariaDB): one is consumed in the ledger, its skill cast, its reuse shared. */
class PotionTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static Database database;
    static final AtomicInteger ids = new AtomicInteger(0x39000000);
    static final int LESSER_HEALING_POTION = 1060, SCROLL_OF_ESCAPE = 736;

    final WorldFixture fx = new WorldFixture();
    final PlayerStats stats = new PlayerStats(TestData.world().characterTemplates());
    final Combat combat = new Combat(fx.world, fx.actions, new Random(3));
    final Casting casting = new Casting(
            fx.world,
            TestData.world().skills(),
            new SkillEffects(
                    fx.world,
                    combat,
                    new Abnormals(fx.world, stats),
                    fx.actions,
                    new Teleports(fx.world, fx.actions),
                    TestData.world().mapRegions()));
    ItemLedger ledger;
    Equipment equipment;

    @BeforeAll
    static void open() {
        database = Database.open(db.newSchema(), "classpath:db/game", GameServer.MAPPERS);
    }

    Player holder(String name, ItemLedger.Delta... items) {
        ledger = new ItemLedger(
                TestData.world().items(),
                ids::incrementAndGet,
                new DbItemStore(database.sqlSessionFactory(), Runnable::run));
        equipment = new Equipment(fx.world, ledger);
        equipment.setOtherUse(new ItemSkills(casting, ledger)::use);
        Player p = fx.player(name, -90000, 240000);
        try (SqlSession s = database.sqlSessionFactory().openSession(true)) {
            s.getMapper(ItemMapper.class).deleteByOwner(p.objectId());
        }
        assertTrue(ledger.apply(p, List.of(items)));
        return p;
    }

    static ItemData item(Player p, int itemId) {
        return Inventory.of(p).items().stream()
                .filter(i -> i.itemId() == itemId)
                .findFirst()
                .orElse(null);
    }

    static long rowCount(Player p, int itemId) {
        try (SqlSession s = database.sqlSessionFactory().openSession()) {
            return s.getMapper(ItemMapper.class).findByOwner(p.objectId()).stream()
                    .filter(r -> r.itemId() == itemId)
                    .mapToLong(ItemData::count)
                    .sum();
        }
    }

    @Test
    void aPotionIsDrunkOnceAndItsGroupWaitsTenSeconds() {
        Player p = holder("Thirsty", new ItemLedger.Delta(LESSER_HEALING_POTION, 5));
        p.setVitals(10, p.maxMp(), p.maxCp());
        RecordingSink sink = fx.sink(p);
        int potion = item(p, LESSER_HEALING_POTION).objectId();
        equipment.use(p, new UseItem(potion, false));
        fx.ticks(1);
        assertEquals(4, item(p, LESSER_HEALING_POTION).count());
        assertEquals(4, rowCount(p, LESSER_HEALING_POTION), "the row follows in the same change");
        assertEquals(1, sink.count(InventoryUpdate.OPCODE));
        assertEquals(
                2031, new PacketReader(sink.withOpcode(MagicSkillUse.OPCODE).get(0), 9, 4).readD());
        // a second potion within the 10 s reuse: refused, nothing consumed
        equipment.use(p, new UseItem(potion, false));
        fx.ticks(1);
        assertEquals(4, item(p, LESSER_HEALING_POTION).count());
        assertEquals(48, new PacketReader(sink.withOpcode(SystemMessage.OPCODE).getLast(), 1, 4).readD());
        assertEquals(1, sink.count(ActionFailed.OPCODE));
        fx.ticks(30);
        assertTrue(p.curHp() > 10, "healing over time");
        fx.ticks(100);
        equipment.use(p, new UseItem(potion, false));
        fx.ticks(1);
        assertEquals(3, item(p, LESSER_HEALING_POTION).count(), "ready again after 10 s");
    }

    @Test
    void theLastScrollOfEscapeIsRemovedAndTheCastTakesThePlayerHome() {
        Player p = holder("Homesick", new ItemLedger.Delta(SCROLL_OF_ESCAPE, 1));
        RecordingSink sink = fx.sink(p);
        equipment.use(p, new UseItem(item(p, SCROLL_OF_ESCAPE).objectId(), false));
        fx.ticks(1);
        assertEquals(null, item(p, SCROLL_OF_ESCAPE));
        assertEquals(0, rowCount(p, SCROLL_OF_ESCAPE));
        byte[] update = sink.withOpcode(InventoryUpdate.OPCODE).getLast();
        assertEquals(InventoryUpdate.REMOVED, new PacketReader(update, 3, 2).readH());
        fx.ticks(210);
        assertTrue(p.x() != -90000 || p.y() != 240000, "teleported to town");
    }
}
