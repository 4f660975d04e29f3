package org.aden.game.character;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.aden.common.db.Database;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameServer;
import org.aden.game.actor.Appearance;
import org.aden.game.actor.PlayerState;
import org.aden.game.item.DbItemStore;
import org.aden.game.item.ItemChange;
import org.aden.game.item.ItemData;
import org.aden.game.item.ItemLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The save queue and its journal on a real database (the outage itself: tools' DatabaseOutageTest). */
class SaveQueueTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static Database database;
    static CharacterRepository repo;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        database = Database.open(db.newSchema(), "classpath:db/game", GameServer.MAPPERS);
        repo = new CharacterRepository(database);
        repo.create(CharacterRepositoryTest.character(700, "acc7", "Saved"), List.of(), List.of());
        repo.create(CharacterRepositoryTest.character(710, "acc7", "Journaled"), List.of(), List.of());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    static PlayerState at(int objectId, String name, int x, String title) {
        return new PlayerState(
                objectId,
                "acc7",
                name,
                new Appearance(0, 1, 0, 2, 3, 1),
                0,
                5,
                1234L,
                56,
                x,
                258271,
                -3104,
                100,
                80.5,
                30.25,
                32,
                title,
                0,
                1,
                2,
                false,
                true,
                0xFFFFFF,
                0xECF9A2,
                3,
                4,
                PlayerState.INHERIT_ACCESS);
    }

    @Test
    void everySaveCompletesAndTheNewestSnapshotWins() throws Exception {
        DbPlayerStore store = new DbPlayerStore(database.sqlSessionFactory(), database.health(), 2);
        CompletableFuture<?>[] saves = new CompletableFuture<?>[50];
        for (int i = 0; i < saves.length; i++) {
            saves[i] = store.save(at(700, "Saved", -70000 + i, ""));
        }
        CompletableFuture.allOf(saves).get(10, TimeUnit.SECONDS);
        assertTrue(store.awaitWritten(700, Duration.ofSeconds(5)));
        assertEquals(-70000 + saves.length - 1, repo.find(700).x(), "the last snapshot is the one stored");
        assertTrue(store.saved() <= saves.length, "older snapshots still queued were replaced, not written");
        assertEquals(0, store.pending());
        assertEquals(0, store.close(Duration.ofSeconds(5), Duration.ofSeconds(1), new SaveJournal(dir.resolve("j"))));
        assertFalse(Files.exists(dir.resolve("j")), "nothing left: no journal");
    }

    /** The shared test MariaDB is stopped (SIGSTOP) for longer than this schema's 1 s pool timeout. */
    @Test
    void itemChangesAndSavesWaitOutADatabaseStall() throws Exception {
        try (Database d = Database.open(
                        db.newSchema().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2)),
                        "classpath:db/game",
                        GameServer.MAPPERS);
                ExecutorService exec = Executors.newVirtualThreadPerTaskExecutor()) {
            CharacterRepository r = new CharacterRepository(d);
            r.create(CharacterRepositoryTest.character(800, "acc8", "Stalled"), List.of(), List.of());
            DbItemStore items = new DbItemStore(d.sqlSessionFactory(), exec, d.health());
            SaveJournal journal = new SaveJournal(dir.resolve("outage-journal"));
            DbPlayerStore saves = new DbPlayerStore(d.sqlSessionFactory(), d.health(), 2, journal);
            ItemData adena = new ItemData(801, 800, 57, 100, 0, ItemLocation.INVENTORY, -1);
            db.signal("STOP");
            CompletableFuture<Void> item;
            CompletableFuture<Void> first;
            CompletableFuture<Void> second;
            try {
                item = items.write(new ItemChange(800, List.of(adena), List.of(adena), List.of(), List.of()));
                first = saves.save(at(800, "Stalled", -70100, ""));
                second = saves.save(at(800, "Stalled", -70200, ""));
                Thread.sleep(3500);
                assertFalse(d.health().isUp(), "the stall is noticed");
                assertFalse(item.isDone() || first.isDone() || second.isDone(), "nothing is given up");
                // kept on disk while the database is away: a kill -9 now would lose nothing
                assertEquals(List.of(at(800, "Stalled", -70200, "")), journal.read(), "the newest snapshot, journaled");
            } finally {
                db.signal("CONT");
            }
            CompletableFuture.allOf(item, first, second).get(40, TimeUnit.SECONDS);
            assertEquals(-70200, r.find(800).x(), "the newer snapshot");
            assertEquals(List.of(adena), r.load(800).items(), "the item change landed once");
            long end = System.nanoTime() + 5_000_000_000L;
            while (Files.exists(journal.file()) && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            assertFalse(Files.exists(journal.file()), "the journal goes once everything is written");
            saves.close(Duration.ofSeconds(5), Duration.ofSeconds(1), new SaveJournal(dir.resolve("stall")));
        }
    }

    @Test
    void theJournalKeepsEveryFieldAndTheNextStartWritesIt() {
        SaveJournal journal = new SaveJournal(dir.resolve("sub").resolve("journal"));
        PlayerState older = at(710, "Journaled", -71000, "old");
        PlayerState newer = at(710, "Journaled", -71500, "Title é");
        PlayerState other = at(720, "Nobody", 1, "");
        journal.write(List.of(older, other));
        journal.write(List.of(newer));
        assertEquals(List.of(newer, other), journal.read(), "newer replaces older, field for field");

        assertEquals(2, journal.replay(database.sqlSessionFactory()));
        assertFalse(Files.exists(journal.file()), "removed once written");
        CharacterData c = repo.find(710);
        assertEquals(-71500, c.x());
        assertEquals("Title é", c.title());
        assertEquals(0, journal.replay(database.sqlSessionFactory()), "no journal: nothing to do");
    }
}
