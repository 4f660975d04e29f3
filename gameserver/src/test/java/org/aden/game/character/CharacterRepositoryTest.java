package org.aden.game.character;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aden.common.db.Database;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameServer;
import org.aden.game.idfactory.HighWaterMarkIdFactory;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLocation;
import org.aden.game.item.PaperdollSlot;
import org.aden.game.skill.SkillData;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CharacterRepositoryTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static Database database;
    static CharacterRepository repo;

    @BeforeAll
    static void open() {
        database = Database.open(db.newSchema(), "classpath:db/game", GameServer.MAPPERS);
        repo = new CharacterRepository(database);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    static CharacterData character(int id, String account, String name) {
        return new CharacterData(
                id, account, name, "", 0, 0, 0, 1, 2, 3, 1, 1, 0, 0, 80, 30, 32, 80, 30, 32, 0, 0, 0, -71338, 258271,
                -3104, 0, 0, 0, 0, 0, id);
    }

    @Test
    void createsAndLoadsACharacterWithItsItemsAndSkills() {
        CharacterData c = character(100, "acc1", "Hero");
        List<ItemData> items = List.of(
                new ItemData(101, 100, 2369, 1, 0, ItemLocation.PAPERDOLL, PaperdollSlot.RIGHT_HAND.id()),
                new ItemData(102, 100, 10, 1, 0, ItemLocation.INVENTORY, -1));
        repo.create(c, items, List.of(new SkillData(100, 194, 1), new SkillData(100, 1322, 1)));
        CharacterSnapshot s = repo.load(100);
        assertEquals(c, s.character());
        assertEquals(items, s.items());
        assertEquals(List.of(new SkillData(100, 194, 1), new SkillData(100, 1322, 1)), s.skills());
        List<CharacterListEntry> list = repo.listForAccount("acc1");
        assertEquals(1, list.size());
        assertEquals(List.of(items.get(0)), list.get(0).equipped(), "only worn items on the selection screen");
        assertEquals(PaperdollSlot.RIGHT_HAND, list.get(0).equipped().get(0).paperdollSlot());
    }

    @Test
    void namesAreUniqueCaseInsensitively() {
        repo.create(character(200, "acc2", "Unique"), List.of(), List.of());
        assertTrue(repo.nameExists("uNIQUE"));
        assertFalse(repo.nameExists("Uniqu"));
        assertThrows(
                NameTakenException.class, () -> repo.create(character(201, "acc3", "UNIQUE"), List.of(), List.of()));
    }

    @Test
    void creationIsOneTransaction() {
        // the second item reuses an object id: the insert fails and nothing of the character stays
        List<ItemData> clash = List.of(
                new ItemData(301, 300, 1, 1, 0, ItemLocation.INVENTORY, -1),
                new ItemData(301, 300, 2, 1, 0, ItemLocation.INVENTORY, -1));
        assertThrows(
                PersistenceException.class, () -> repo.create(character(300, "acc4", "Halfway"), clash, List.of()));
        assertNull(repo.find(300));
        assertEquals(0, repo.countForAccount("acc4"));
    }

    @Test
    void expiredDeletionsAreRemovedWithEverythingTheyOwn() {
        repo.create(
                character(400, "acc5", "Leaving"),
                List.of(new ItemData(401, 400, 1, 1, 0, ItemLocation.INVENTORY, -1)),
                List.of(new SkillData(400, 194, 1)));
        repo.create(character(410, "acc5", "Staying"), List.of(), List.of());
        repo.setDeleteTime(400, 1_000);
        repo.setDeleteTime(410, 5_000);
        assertEquals(1, repo.purgeDeletionsDue(2_000));
        assertNull(repo.load(400));
        assertEquals(
                List.of("Staying"),
                repo.listForAccount("acc5").stream()
                        .map(e -> e.character().name())
                        .toList());
        repo.setDeleteTime(410, 0);
        assertEquals(0, repo.purgeDeletionsDue(Long.MAX_VALUE), "restored characters are kept");
    }

    @Test
    void theIdFactoryStartsAboveEveryStoredObjectId() {
        repo.create(
                character(0x20000000, "acc6", "Highest"),
                List.of(new ItemData(0x20000005, 0x20000000, 1, 1, 0, ItemLocation.INVENTORY, -1)),
                List.of());
        HighWaterMarkIdFactory ids = HighWaterMarkIdFactory.fromDatabase(database);
        assertEquals(0x20000006, ids.nextId());
        assertEquals(0x20000007, ids.nextId());
        assertEquals(HighWaterMarkIdFactory.FIRST_ID, new HighWaterMarkIdFactory(0).nextId(), "empty database");
    }
}
