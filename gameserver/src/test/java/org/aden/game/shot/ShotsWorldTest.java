package org.aden.game.shot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.aden.common.db.Database;
import org.aden.common.net.PacketReader;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameServer;
import org.aden.game.TestData;
import org.aden.game.actor.Player;
import org.aden.game.equip.Equipment;
import org.aden.game.item.DbItemStore;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLedger;
import org.aden.game.item.ItemMapper;
import org.aden.game.network.client.item.UseItem;
import org.aden.game.network.server.item.ExAutoSoulShot;
import org.aden.game.network.server.skill.MagicSkillUse;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.world.RecordingSink;
import org.aden.game.world.WorldFixture;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Soulshots and spiritshots on MariaDB: charging through the ledger, grade checks, the boost taken, auto-use. */
class ShotsWorldTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static Database database;
    static final AtomicInteger ids = new AtomicInteger(0x3A000000);
    /** Long Sword: no grade, 2 soulshots and 2 spiritshots a charge. */
    static final int LONG_SWORD = 2;

    static final int SOULSHOT_NG = 1835, SOULSHOT_D = 1463, SPIRITSHOT_NG = 2509, BLESSED_NG = 3947;

    final WorldFixture fx = new WorldFixture();
    ItemLedger ledger;
    Equipment equipment;
    Shots shots;

    @BeforeAll
    static void open() {
        database = Database.open(db.newSchema(), "classpath:db/game", GameServer.MAPPERS);
    }

    Player armed(String name, ItemLedger.Delta... items) {
        ledger = new ItemLedger(
                TestData.world().items(),
                ids::incrementAndGet,
                new DbItemStore(database.sqlSessionFactory(), Runnable::run));
        equipment = new Equipment(fx.world, ledger);
        shots = new Shots(fx.world, ledger);
        equipment.setOtherUse(shots::use);
        Player p = fx.player(name, 0, 0);
        try (SqlSession s = database.sqlSessionFactory().openSession(true)) {
            s.getMapper(ItemMapper.class).deleteByOwner(p.objectId()); // ids repeat from test to test
        }
        assertTrue(ledger.apply(p, List.of(items)));
        ItemData sword = item(p, LONG_SWORD);
        if (sword != null) {
            equipment.use(p, new UseItem(sword.objectId(), false));
        }
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

    void use(Player p, int itemId) {
        equipment.use(p, new UseItem(item(p, itemId).objectId(), false));
    }

    static int lastMessage(RecordingSink sink) {
        return new PacketReader(sink.withOpcode(SystemMessage.OPCODE).getLast(), 1, 4).readD();
    }

    @Test
    void aSoulshotChargesTheWeaponOnceAndTheNextSwingUsesIt() {
        Player p = armed(
                "Shooter",
                new ItemLedger.Delta(LONG_SWORD, 1),
                new ItemLedger.Delta(SOULSHOT_NG, 10),
                new ItemLedger.Delta(SOULSHOT_D, 5));
        RecordingSink sink = fx.sink(p);
        sink.clear();
        use(p, SOULSHOT_NG);
        assertEquals(8, item(p, SOULSHOT_NG).count(), "the sword's two shots");
        assertEquals(8, rowCount(p, SOULSHOT_NG), "written in the same change");
        assertTrue(shots.charged(p, true));
        assertEquals(Shots.SOULSHOTS_ENABLED, lastMessage(sink));
        byte[] msu = sink.withOpcode(MagicSkillUse.OPCODE).getLast();
        assertEquals(p.objectId(), new PacketReader(msu, 1, 4).readD());
        assertEquals(2039, new PacketReader(msu, 9, 4).readD(), "the shot's skill");
        use(p, SOULSHOT_NG);
        assertEquals(8, item(p, SOULSHOT_NG).count(), "already charged: nothing consumed");
        use(p, SOULSHOT_D);
        assertEquals(5, item(p, SOULSHOT_D).count());
        assertEquals(Shots.SOULSHOT_GRADE_MISMATCH, lastMessage(sink));
        assertEquals(ShotBoost.SOULSHOT_FLAG, shots.takeSoulshot(p), "no-grade flash (grade 0)");
        assertFalse(shots.charged(p, true));
        assertEquals(0, shots.takeSoulshot(p), "used up");
    }

    @Test
    void noWeaponNoShot() {
        Player p = armed("Fists", new ItemLedger.Delta(SOULSHOT_NG, 10));
        RecordingSink sink = fx.sink(p);
        use(p, SOULSHOT_NG);
        assertEquals(10, item(p, SOULSHOT_NG).count());
        assertEquals(Shots.CANNOT_USE_SOULSHOTS, lastMessage(sink));
    }

    @Test
    void spiritshotsDoubleAndBlessedOnesQuadrupleMAtk() {
        Player p = armed(
                "Mage",
                new ItemLedger.Delta(LONG_SWORD, 1),
                new ItemLedger.Delta(SPIRITSHOT_NG, 10),
                new ItemLedger.Delta(BLESSED_NG, 10));
        assertEquals(1, shots.takeSpiritshot(p));
        use(p, SPIRITSHOT_NG);
        assertEquals(8, item(p, SPIRITSHOT_NG).count());
        assertEquals(2, shots.takeSpiritshot(p));
        use(p, BLESSED_NG);
        assertEquals(8, item(p, BLESSED_NG).count());
        assertEquals(4, shots.takeSpiritshot(p));
        assertEquals(1, shots.takeSpiritshot(p));
    }

    @Test
    void autoUseRechargesBeforeEachSwingAndStopsWhenTheShotsRunOut() {
        Player p = armed("Auto", new ItemLedger.Delta(LONG_SWORD, 1), new ItemLedger.Delta(SOULSHOT_NG, 5));
        RecordingSink sink = fx.sink(p);
        sink.clear();
        shots.auto(p, SOULSHOT_NG, true);
        byte[] on = sink.withOpcode(ExAutoSoulShot.OPCODE).getLast();
        assertEquals(ExAutoSoulShot.SUB_OPCODE, new PacketReader(on, 1, 2).readH());
        assertEquals(SOULSHOT_NG, new PacketReader(on, 3, 4).readD());
        assertEquals(1, new PacketReader(on, 7, 4).readD());
        assertEquals(11, on.length);
        assertEquals(3, item(p, SOULSHOT_NG).count(), "charged at once");
        assertEquals(ShotBoost.SOULSHOT_FLAG, shots.takeSoulshot(p));
        assertEquals(ShotBoost.SOULSHOT_FLAG, shots.takeSoulshot(p), "recharged for the next swing");
        assertEquals(1, item(p, SOULSHOT_NG).count());
        assertEquals(0, shots.takeSoulshot(p), "one shot left, the sword needs two");
        byte[] off = sink.withOpcode(ExAutoSoulShot.OPCODE).getLast();
        assertEquals(0, new PacketReader(off, 7, 4).readD(), "auto-use switched off");
        assertEquals(Shots.AUTO_USE_OFF, lastMessage(sink));
        assertTrue(ShotCharges.of(p).autoItems().isEmpty());
        assertEquals(1, rowCount(p, SOULSHOT_NG));
    }

    @Test
    void theChargeStaysWithTheWeapon() {
        Player p = armed("Swapper", new ItemLedger.Delta(LONG_SWORD, 1), new ItemLedger.Delta(SOULSHOT_NG, 10));
        use(p, SOULSHOT_NG);
        assertTrue(shots.charged(p, true));
        equipment.use(p, new UseItem(item(p, LONG_SWORD).objectId(), false)); // take it off
        assertNull(Inventory.of(p).paperdoll().get(org.aden.game.item.PaperdollSlot.RIGHT_HAND));
        assertEquals(0, shots.takeSoulshot(p), "bare hands carry no charge");
    }
}
