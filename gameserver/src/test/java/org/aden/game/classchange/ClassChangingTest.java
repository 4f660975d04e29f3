package org.aden.game.classchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.aden.common.db.Database;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameServer;
import org.aden.game.TestData;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.character.CharacterData;
import org.aden.game.character.CharacterRepository;
import org.aden.game.classchange.ClassChanging.Outcome;
import org.aden.game.item.DbItemStore;
import org.aden.game.item.ItemLedger;
import org.aden.game.learn.SkillLearning;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.network.server.world.UserInfo;
import org.aden.game.stat.PlayerStats;
import org.aden.game.world.WorldFixture;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Class changes with the datapack's class tree and proofs, the rows written into MariaDB: refused without the proof,
 * too early or off the tree; done with it (the proof taken, the coupons given and the class saved together); free.
 */
class ClassChangingTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static Database database;
    static final AtomicInteger ids = new AtomicInteger(0x3E000000);
    static final int WARRIOR = 1, GLADIATOR = 2, WIZARD = 11, DUELIST = 88;
    static final int MEDALLION_OF_WARRIOR = 1145, COUPON_D = 8869;

    final WorldFixture fx = new WorldFixture();
    ItemLedger ledger;
    Npc master;

    @BeforeAll
    static void open() {
        database = Database.open(db.newSchema(), "classpath:db/game", GameServer.MAPPERS);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    ClassChanging changing(boolean free) {
        ledger = new ItemLedger(
                TestData.world().items(),
                ids::incrementAndGet,
                new DbItemStore(database.sqlSessionFactory(), Runnable::run));
        SkillLearning learning = new SkillLearning(
                fx.world,
                ledger,
                TestData.world().skillTrees(),
                TestData.world().trainers(),
                w -> {});
        // 30026 Bitz, the Talking Island master of fighters
        master = new Npc(0x20000026, TestData.world().npcs().get(30026).orElseThrow(), 1100, 1000, -3000, 0);
        fx.world.spawn(master);
        return new ClassChanging(
                fx.world,
                ledger,
                TestData.world().classChanges(),
                new PlayerStats(TestData.world().characterTemplates()),
                learning,
                free);
    }

    /** A human fighter (or another class) of that level, with its characters row. */
    Player fighter(String name, int level, int classId) {
        Player p = fx.player(name, 1000, 1000);
        p.setProgress(level, 0, 0);
        p.setClassId(classId);
        CharacterRepository characters = new CharacterRepository(database);
        characters.delete(p.objectId()); // every test's fixture hands out the same object ids
        characters.create(
                new CharacterData(
                        p.objectId(),
                        p.account(),
                        name,
                        "",
                        0,
                        classId,
                        0,
                        0,
                        0,
                        0,
                        0,
                        level,
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
                        1000,
                        1000,
                        -3000,
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

    static int classRow(Player p) {
        return new CharacterRepository(database).find(p.objectId()).classId();
    }

    @Test
    void theTreeOffersTheClassesAClassLeadsTo() {
        ClassChanges data = TestData.world().classChanges();
        assertEquals(
                List.of(1, 4, 7),
                data.from(0).stream().map(ClassChanges.Change::classId).toList());
        assertEquals(20, data.get(WARRIOR).orElseThrow().level());
        assertEquals(
                List.of(new ClassChanges.Items(MEDALLION_OF_WARRIOR, 1)),
                data.get(WARRIOR).orElseThrow().proofs());
        assertEquals(40, data.get(GLADIATOR).orElseThrow().level());
        assertEquals(3, data.get(GLADIATOR).orElseThrow().proofs().size(), "three marks for a second class");
        assertEquals(76, data.get(DUELIST).orElseThrow().level());
        assertEquals(List.of(), data.get(DUELIST).orElseThrow().proofs(), "a third class comes by its quest");
        assertEquals(18, data.baseClassOf(21), "Sword Singer descends from Elven Fighter");
        assertEquals(25, data.baseClassOf(104), "Elemental Master from Elven Mystic (parent fixed to 28)");
    }

    @Test
    void withoutTheProofTooEarlyOrOffTheTreeNothingChanges() {
        ClassChanging c = changing(false);
        Player p = fighter("Hopeful", 20, 0);
        assertEquals(Outcome.MISSING_PROOF, c.change(p, master, WARRIOR));
        assertEquals(Outcome.NOT_A_CHOICE, c.change(p, master, WIZARD));
        assertEquals(Outcome.NOT_A_CHOICE, c.change(p, master, GLADIATOR), "a second class is not a first");
        Player young = fighter("Young", 19, 0);
        assertTrue(ledger.apply(young, List.of(new ItemLedger.Delta(MEDALLION_OF_WARRIOR, 1))));
        assertEquals(Outcome.LEVEL_TOO_LOW, c.change(young, master, WARRIOR));
        assertEquals(0, p.classId());
        assertEquals(0, young.classId());
        assertEquals(0, classRow(p));
        assertEquals(1, ledger.count(young, MEDALLION_OF_WARRIOR), "the proof stays");
    }

    @Test
    void withTheProofTheClassTheProofAndTheGiftAreSavedTogether() {
        ClassChanging c = changing(false);
        Player p = fighter("Proven", 20, 0);
        assertTrue(ledger.apply(p, List.of(new ItemLedger.Delta(MEDALLION_OF_WARRIOR, 1))));
        fx.clearSinks();
        assertEquals(Outcome.CHANGED, c.change(p, master, WARRIOR));
        assertEquals(WARRIOR, p.classId());
        assertEquals(0, ledger.count(p, MEDALLION_OF_WARRIOR), "the proof is taken");
        assertEquals(15, ledger.count(p, COUPON_D), "the master's coupons");
        assertEquals(WARRIOR, classRow(p), "the class is in the database");
        assertEquals(1, fx.sink(p).count(UserInfo.OPCODE));
        assertTrue(fx.sink(p).withOpcode(SystemMessage.OPCODE).stream()
                .anyMatch(b -> new org.aden.common.net.PacketReader(b, 1, b.length - 1).readD()
                        == ClassChanging.CLASS_TRANSFER_DONE));
        try (SqlSession s = database.sqlSessionFactory().openSession();
                java.sql.PreparedStatement q = s.getConnection()
                        .prepareStatement("SELECT item_id, count FROM item_ledger WHERE char_id = ? AND reason ="
                                + " 'CLASS_CHANGE' ORDER BY item_id")) {
            q.setInt(1, p.objectId());
            try (java.sql.ResultSet r = q.executeQuery()) {
                assertTrue(r.next());
                assertEquals(MEDALLION_OF_WARRIOR, r.getInt(1));
                assertEquals(-1, r.getLong(2));
                assertTrue(r.next());
                assertEquals(COUPON_D, r.getInt(1));
                assertEquals(15, r.getLong(2));
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        assertEquals(Outcome.NOT_A_CHOICE, c.change(p, master, WARRIOR), "once");
    }

    @Test
    void aFreeClassChangeAsksNoProofButTheLevel() {
        ClassChanging c = changing(true);
        Player p = fighter("Lucky", 20, 0);
        assertEquals(Outcome.CHANGED, c.change(p, master, WARRIOR));
        assertEquals(WARRIOR, classRow(p));
        Player veteran = fighter("Veteran", 76, GLADIATOR);
        assertEquals(Outcome.CHANGED, c.change(veteran, master, DUELIST), "a third class, free");
        assertEquals(DUELIST, veteran.classId());
        Player early = fighter("Early", 39, WARRIOR);
        assertEquals(Outcome.LEVEL_TOO_LOW, c.change(early, master, GLADIATOR));
    }
}
