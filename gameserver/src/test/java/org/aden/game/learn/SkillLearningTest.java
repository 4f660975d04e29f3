package org.aden.game.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.aden.common.db.Database;
import org.aden.common.net.PacketReader;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameServer;
import org.aden.game.TestData;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.character.CharacterData;
import org.aden.game.character.CharacterRepository;
import org.aden.game.item.DbItemStore;
import org.aden.game.item.ItemLedger;
import org.aden.game.item.ItemMapper;
import org.aden.game.network.client.skill.RequestAcquireSkill;
import org.aden.game.network.client.skill.RequestAcquireSkillInfo;
import org.aden.game.network.server.skill.AcquireSkillDone;
import org.aden.game.network.server.skill.AcquireSkillInfo;
import org.aden.game.network.server.skill.AcquireSkillList;
import org.aden.game.network.server.skill.SkillList;
import org.aden.game.network.server.system.ActionFailed;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.skill.SkillBook;
import org.aden.game.skill.SkillData;
import org.aden.game.skill.SkillMapper;
import org.aden.game.world.WorldFixture;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Learning at a datapack trainer (30010 Auron) with the real skill trees, the rows written into MariaDB: each
 * refusal with its message and nothing changed, a lesson saved with its SP and its spellbook in one transaction.
 */
class SkillLearningTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static Database database;
    static final AtomicInteger ids = new AtomicInteger(0x3D000000);
    static final int POWER_STRIKE = 3, MORTAL_BLOW = 16, WIND_STRIKE = 1177, DIVINE_INSPIRATION = 1405;
    static final int BOOK_OF_INSPIRATION = 8618;

    final WorldFixture fx = new WorldFixture();
    final List<String> directWrites = new ArrayList<>();
    ItemLedger ledger;
    SkillLearning learning;
    Npc trainer;

    @BeforeAll
    static void open() {
        database = Database.open(db.newSchema(), "classpath:db/game", GameServer.MAPPERS);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    /** A human fighter of that level and SP beside the trainer, with its characters row. */
    Player student(String name, int level, int sp) {
        ledger = new ItemLedger(
                TestData.world().items(),
                ids::incrementAndGet,
                new DbItemStore(database.sqlSessionFactory(), Runnable::run));
        learning = new SkillLearning(
                fx.world,
                ledger,
                TestData.world().skillTrees(),
                TestData.world().trainers(),
                also -> {
                    try (SqlSession s = database.sqlSessionFactory().openSession(false)) {
                        also.write(s);
                        s.commit();
                    }
                    directWrites.add("written");
                });
        trainer = new Npc(0x20000010, TestData.world().npcs().get(30010).orElseThrow(), 1100, 1000, -3000, 0);
        fx.world.spawn(trainer);
        Player p = fx.player(name, 1000, 1000);
        p.setProgress(level, 0, sp);
        CharacterRepository characters = new CharacterRepository(database);
        characters.delete(p.objectId()); // every test's fixture hands out the same object ids
        characters.create(row(p, sp), List.of(), List.of());
        return p;
    }

    static CharacterData row(Player p, int sp) {
        return new CharacterData(
                p.objectId(),
                p.account(),
                p.name(),
                "",
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                p.level(),
                0,
                sp,
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
                1);
    }

    static List<SkillData> skillRows(Player p) {
        try (SqlSession s = database.sqlSessionFactory().openSession()) {
            return s.getMapper(SkillMapper.class).findByCharacter(p.objectId());
        }
    }

    static int spRow(Player p) {
        return new CharacterRepository(database).find(p.objectId()).sp();
    }

    List<Integer> messages(Player p) {
        return fx.sink(p).withOpcode(SystemMessage.OPCODE).stream()
                .map(b -> new PacketReader(b, 1, b.length - 1).readD())
                .toList();
    }

    /** The (skill id, level, SP) entries of the last AcquireSkillList. */
    List<int[]> lastList(Player p) {
        List<byte[]> lists = fx.sink(p).withOpcode(AcquireSkillList.OPCODE);
        byte[] b = lists.get(lists.size() - 1);
        PacketReader r = new PacketReader(b, 1, b.length - 1);
        assertEquals(AcquireSkillList.CLASS, r.readD());
        int n = r.readD();
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int id = r.readD(), level = r.readD(), max = r.readD(), sp = r.readD();
            r.readD();
            assertEquals(level, max);
            out.add(new int[] {id, level, sp});
        }
        return out;
    }

    static boolean has(List<int[]> list, int skillId, int level) {
        return list.stream().anyMatch(e -> e[0] == skillId && e[1] == level);
    }

    @Test
    void theListOffersTheNextLevelOfEachSkillOfTheClassAtItsLevel() {
        Player p = student("Listed", 5, 1000);
        learning.showList(p, trainer);
        List<int[]> list = lastList(p);
        assertTrue(has(list, MORTAL_BLOW, 1), "Mortal Blow 1 at level 5 for 50 SP");
        assertFalse(has(list, MORTAL_BLOW, 2), "only the next level of a skill");
        assertFalse(has(list, 1320, 1), "automatic skills are not taught");
        assertFalse(has(list, WIND_STRIKE, 2), "a mystic's skill is not a fighter's");
        assertEquals(
                50, list.stream().filter(e -> e[0] == MORTAL_BLOW).findFirst().orElseThrow()[2]);

        Player young = student("Young", 1, 0);
        learning.showList(young, trainer);
        assertEquals(0, fx.sink(young).count(AcquireSkillList.OPCODE), "never an empty list");
        assertEquals(List.of(SkillLearning.COME_BACK_AT_LEVEL), messages(young));
        byte[] sm = fx.sink(young).withOpcode(SystemMessage.OPCODE).get(0);
        PacketReader r = new PacketReader(sm, 5, sm.length - 5);
        assertEquals(1, r.readD());
        assertEquals(1, r.readD(), "a number");
        assertEquals(5, r.readD(), "come back at level 5");
        assertEquals(1, fx.sink(young).count(AcquireSkillDone.OPCODE));
    }

    @Test
    void aLessonTakesTheSpSavesTheSkillAndShowsTheNextLevel() {
        Player p = student("Learner", 5, 1000);
        learning.showList(p, trainer);
        fx.clearSinks();
        learning.info(p, new RequestAcquireSkillInfo(MORTAL_BLOW, 1, 0));
        byte[] info = fx.sink(p).withOpcode(AcquireSkillInfo.OPCODE).get(0);
        PacketReader r = new PacketReader(info, 1, info.length - 1);
        assertEquals(MORTAL_BLOW, r.readD());
        assertEquals(1, r.readD());
        assertEquals(50, r.readD(), "SP");
        assertEquals(0, r.readD());
        assertEquals(0, r.readD(), "no spellbook");

        learning.learn(p, new RequestAcquireSkill(MORTAL_BLOW, 1, 0));
        assertEquals(1, SkillBook.of(p).level(MORTAL_BLOW));
        assertEquals(950, p.sp());
        assertTrue(messages(p).contains(SkillLearning.LEARNED));
        assertEquals(1, fx.sink(p).count(SkillList.OPCODE));
        assertTrue(has(lastList(p), MORTAL_BLOW, 2), "the list comes again with the next level");
        assertTrue(skillRows(p).contains(new SkillData(p.objectId(), MORTAL_BLOW, 1)), "the skill row");
        assertEquals(950, spRow(p), "the SP left, in the same transaction");

        learning.learn(p, new RequestAcquireSkill(MORTAL_BLOW, 2, 0));
        assertTrue(skillRows(p).contains(new SkillData(p.objectId(), MORTAL_BLOW, 2)), "the level replaces the row");
        assertEquals(900, spRow(p));
    }

    @Test
    void tooLittleSpIsRefusedWithItsMessage() {
        Player p = student("Poor", 5, 10);
        learning.showList(p, trainer);
        fx.clearSinks();
        learning.learn(p, new RequestAcquireSkill(MORTAL_BLOW, 1, 0));
        assertEquals(List.of(SkillLearning.NOT_ENOUGH_SP), messages(p));
        assertEquals(0, SkillBook.of(p).level(MORTAL_BLOW));
        assertEquals(10, p.sp());
        assertEquals(List.of(), skillRows(p));
    }

    @Test
    void anotherClassLinesSkillASkippedLevelOrAFarTrainerAreRefused() {
        Player p = student("Wrong", 10, 5000);
        learning.showList(p, trainer);
        fx.clearSinks();
        learning.learn(p, new RequestAcquireSkill(WIND_STRIKE, 2, 0));
        assertEquals(1, fx.sink(p).count(ActionFailed.OPCODE), "not of the human fighter's line");
        assertEquals(List.of(), messages(p));

        learning.learn(p, new RequestAcquireSkill(POWER_STRIKE, 2, 0));
        assertEquals(List.of(SkillLearning.MISSING_PREREQUISITES), messages(p), "level 1 first");

        learning.learn(p, new RequestAcquireSkill(POWER_STRIKE, 1, 1));
        assertEquals(0, SkillBook.of(p).level(POWER_STRIKE), "only class skills (type 0)");

        fx.world.relocate(p, 3000, 1000, -3000);
        learning.learn(p, new RequestAcquireSkill(POWER_STRIKE, 1, 0));
        assertEquals(0, SkillBook.of(p).level(POWER_STRIKE), "away from the trainer");
        assertEquals(5000, p.sp());
        assertEquals(List.of(), skillRows(p));
    }

    @Test
    void aSpellbookIsTakenInTheLessonsTransactionAndItsAbsenceRefused() {
        Player p = student("Reader", 52, 0);
        learning.showList(p, trainer);
        assertTrue(has(lastList(p), DIVINE_INSPIRATION, 1));
        fx.clearSinks();
        learning.info(p, new RequestAcquireSkillInfo(DIVINE_INSPIRATION, 1, 0));
        byte[] info = fx.sink(p).withOpcode(AcquireSkillInfo.OPCODE).get(0);
        PacketReader r = new PacketReader(info, 17, info.length - 17);
        assertEquals(1, r.readD(), "one requirement");
        assertEquals(99, r.readD());
        assertEquals(BOOK_OF_INSPIRATION, r.readD());
        assertEquals(1, r.readD());
        assertEquals(50, r.readD());

        learning.learn(p, new RequestAcquireSkill(DIVINE_INSPIRATION, 1, 0));
        assertEquals(List.of(SkillLearning.MISSING_PREREQUISITES), messages(p), "no book");
        assertEquals(0, SkillBook.of(p).level(DIVINE_INSPIRATION));

        assertTrue(ledger.apply(p, List.of(new ItemLedger.Delta(BOOK_OF_INSPIRATION, 1))));
        fx.clearSinks();
        learning.learn(p, new RequestAcquireSkill(DIVINE_INSPIRATION, 1, 0));
        assertEquals(1, SkillBook.of(p).level(DIVINE_INSPIRATION));
        assertEquals(0, ledger.count(p, BOOK_OF_INSPIRATION));
        assertTrue(messages(p).contains(SkillLearning.ITEM_DISAPPEARED));
        assertTrue(skillRows(p).contains(new SkillData(p.objectId(), DIVINE_INSPIRATION, 1)));
        try (SqlSession s = database.sqlSessionFactory().openSession()) {
            assertEquals(
                    List.of(),
                    s.getMapper(ItemMapper.class).findByOwner(p.objectId()).stream()
                            .filter(i -> i.itemId() == BOOK_OF_INSPIRATION)
                            .toList(),
                    "the book's row is gone with the skill's written");
            try (java.sql.PreparedStatement q = s.getConnection()
                    .prepareStatement("SELECT count, reason FROM item_ledger WHERE char_id = ? AND item_id = ?"
                            + " ORDER BY id DESC LIMIT 1")) {
                q.setInt(1, p.objectId());
                q.setInt(2, BOOK_OF_INSPIRATION);
                try (java.sql.ResultSet rs = q.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(-1, rs.getLong(1));
                    assertEquals("LEARN", rs.getString(2), "the ledger says why");
                }
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void aFishermanTeachesTheFishingTreeForAdenaAndNotTheDwarvesSkillsToOthers() {
        Player p = student("Angler", 5, 0);
        Npc klufe = new Npc(0x20000011, TestData.world().npcs().get(31562).orElseThrow(), 1050, 1000, -3000, 0);
        fx.world.spawn(klufe);
        assertTrue(ledger.apply(p, List.of(new ItemLedger.Delta(57, 100))));
        learning.showFishingList(p, klufe);
        List<byte[]> lists = fx.sink(p).withOpcode(AcquireSkillList.OPCODE);
        byte[] b = lists.get(lists.size() - 1);
        assertEquals(AcquireSkillList.FISHING, new PacketReader(b, 1, 4).readD());
        String listed = java.util.HexFormat.of().formatHex(b);
        assertTrue(listed.contains("23050000" + "01000000"), "Fishing Mastery (1315) 1");
        assertFalse(listed.contains("58050000"), "1368 is for dwarves");

        fx.clearSinks();
        learning.info(p, new RequestAcquireSkillInfo(1315, 1, AcquireSkillList.FISHING));
        byte[] info = fx.sink(p).withOpcode(AcquireSkillInfo.OPCODE).get(0);
        PacketReader r = new PacketReader(info, 17, info.length - 17);
        assertEquals(1, r.readD());
        assertEquals(AcquireSkillInfo.FISHING_ITEM, r.readD());
        assertEquals(57, r.readD());
        assertEquals(10, r.readD());
        assertEquals(0, r.readD());

        learning.learn(p, new RequestAcquireSkill(1315, 1, AcquireSkillList.CLASS));
        assertEquals(0, SkillBook.of(p).level(1315), "the window is the fishing one");
        learning.learn(p, new RequestAcquireSkill(1315, 1, AcquireSkillList.FISHING));
        assertEquals(1, SkillBook.of(p).level(1315));
        assertEquals(90, ledger.count(p, 57), "10 adena");
        assertTrue(skillRows(p).contains(new SkillData(p.objectId(), 1315, 1)));
    }

    @Test
    void aLevelUpGrantsTheAutomaticSkillsAndSavesThem() {
        Player p = student("Grower", 5, 0);
        learning.levelledUp(p, 4);
        assertEquals(1, SkillBook.of(p).level(1320), "Expertise-free 1320 comes at level 5 by itself");
        assertEquals(1, fx.sink(p).count(SkillList.OPCODE));
        assertEquals(List.of("written"), directWrites);
        assertTrue(skillRows(p).contains(new SkillData(p.objectId(), 1320, 1)));
        assertTrue(messages(p).contains(SystemMessage.FREE_TEXT), "told that the trainer has new skills (level 5)");
    }
}
