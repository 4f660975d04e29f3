package org.aden.tools.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.aden.common.db.Database;
import org.aden.common.testing.TestDatabase;
import org.aden.game.GameServer;
import org.aden.game.character.CharacterData;
import org.aden.game.character.CharacterMapper;
import org.aden.login.LoginServer;
import org.aden.login.account.Account;
import org.aden.login.account.AccountMapper;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Both real schemas migrate from scratch on an embedded MariaDB and carry a row through their mappers. */
class SchemasTest {
    @RegisterExtension
    static TestDatabase db = new TestDatabase();

    @Test
    void loginSchemaMigratesAndRoundTripsAnAccount() {
        try (Database login = Database.open(db.newSchema(), "classpath:db/login", LoginServer.MAPPERS);
                SqlSession s = login.sqlSessionFactory().openSession(true)) {
            AccountMapper m = s.getMapper(AccountMapper.class);
            assertNull(m.find("elrokian"));
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            Account a = new Account("elrokian", "$2a$10$abcdefghijklmnopqrstuv", 0, now, null, null, 0);
            assertEquals(1, m.insert(a));
            assertEquals(0, m.insert(a), "a second insert of the same login is refused");
            Account back = m.find("elrokian");
            assertEquals(a.login(), back.login());
            assertEquals(a.passwordHash(), back.passwordHash());
            assertEquals(now, back.createdAt());
        }
    }

    @Test
    void gameSchemaMigratesAndRoundTripsACharacter() {
        try (Database game = Database.open(db.newSchema(), "classpath:db/game", GameServer.MAPPERS);
                SqlSession s = game.sqlSessionFactory().openSession(true)) {
            CharacterMapper m = s.getMapper(CharacterMapper.class);
            CharacterData c = new CharacterData(
                    268_435_500,
                    "elrokian",
                    "Talkingisland",
                    "",
                    1,
                    18,
                    18,
                    0,
                    2,
                    1,
                    0,
                    1,
                    0,
                    0,
                    89,
                    30,
                    32,
                    89,
                    30,
                    32,
                    0,
                    0,
                    0,
                    46_045,
                    41_251,
                    -3_440,
                    0,
                    0,
                    0,
                    0,
                    0,
                    1_700_000_000_000L);
            m.insert(c);
            assertEquals(c, m.findById(c.objectId()));
            assertEquals(1, m.countByAccount("elrokian"));
            assertEquals(c.objectId(), m.maxObjectId());
        }
    }
}
