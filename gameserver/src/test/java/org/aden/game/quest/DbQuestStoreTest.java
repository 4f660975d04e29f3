package org.aden.game.quest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.aden.common.db.Database;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameServer;
import org.aden.game.actor.Player;
import org.aden.game.character.CharacterData;
import org.aden.game.character.CharacterRepository;
import org.aden.game.dialog.PlayerQuestState;
import org.aden.game.session.LoadedCharacters;
import org.aden.game.world.WorldFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Quest progress as it reaches a real MariaDB and comes back with the character: state, step and variables written
 * per change, in order, a completion clearing the variables, an abandoned quest gone.
 */
class DbQuestStoreTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    static Database database;
    static final WorldFixture WORLD = new WorldFixture();
    static final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    @BeforeAll
    static void open() {
        database = Database.open(db.newSchema(), "classpath:db/game", GameServer.MAPPERS);
    }

    @AfterAll
    static void close() {
        executor.shutdown();
        database.close();
    }

    final DbQuestStore store = new DbQuestStore(database.sqlSessionFactory(), executor);
    final CharacterRepository characters = new CharacterRepository(database);

    Player character(String name) {
        Player p = WORLD.player(name, -71338, 258271);
        characters.create(
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

    PlayerQuestState quest(Player p, String name, int id) {
        return new PlayerQuestState(p, name, id, store, (pl, exp, sp) -> {});
    }

    List<QuestRecord> reloaded(Player p) {
        store.awaitPending(p.objectId());
        return LoadedCharacters.toWorld(characters.load(p.objectId())).quests();
    }

    @Test
    void progressIsWrittenPerChangeAndComesBackWithTheCharacter() {
        Player p = character("Scribe");
        PlayerQuestState q = quest(p, "Q00001_LettersOfLove", 1);
        q.start();
        q.set("met", "roxxy");
        q.set("count", "3");
        for (int cond = 2; cond <= 9; cond++) {
            q.setCond(cond); // quick changes land in order: the last one wins
        }
        q.set("count", null);
        List<QuestRecord> back = reloaded(p);
        assertEquals(List.of(new QuestRecord("Q00001_LettersOfLove", 1, "STARTED", 9, Map.of("met", "roxxy"))), back);

        // A new session sees it the way the world will: started, step 9, its variable.
        Player again = WorldFixture.PLAYERS.create(LoadedCharacters.toWorld(characters.load(p.objectId())));
        assertEquals(List.of(new QuestEntry(1, 9)), QuestLog.of(again).quests());
        assertEquals("roxxy", quest(again, "Q00001_LettersOfLove", 1).get("met"));

        q.complete();
        assertEquals(List.of(new QuestRecord("Q00001_LettersOfLove", 1, "COMPLETED", 0, Map.of())), reloaded(p));
    }

    @Test
    void anAbandonedQuestIsGoneWithItsVariables() {
        Player p = character("Quitter");
        PlayerQuestState a = quest(p, "Q00002_WhatWomenWant", 2);
        PlayerQuestState b = quest(p, "Q00003_WillTheSealBeBroken", 3);
        a.start();
        a.set("x", "1");
        b.start();
        a.abandon();
        List<QuestRecord> back = reloaded(p);
        assertEquals(1, back.size());
        assertEquals("Q00003_WillTheSealBeBroken", back.get(0).name());
        assertTrue(a.isCreated(), "it can be taken again");
    }
}
