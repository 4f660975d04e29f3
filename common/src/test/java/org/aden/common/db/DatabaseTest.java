package org.aden.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.aden.common.testing.TestDatabase;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DatabaseTest {
    @RegisterExtension
    static TestDatabase testDb = new TestDatabase();

    @Test
    void migratesFromScratchAndRoundTripsThroughAMapper() throws Exception {
        DatabaseSettings settings = testDb.newSchema();
        try (Database db = Database.open(settings, "classpath:db/probe", List.of(ProbeMapper.class))) {
            try (SqlSession s = db.sqlSessionFactory().openSession(true)) {
                ProbeMapper m = s.getMapper(ProbeMapper.class);
                m.insert(new ProbeRow(7, "Gludio Castle"));
                assertEquals(new ProbeRow(7, "Gludio Castle"), m.find(7));
            }
            try (Connection c = db.dataSource().getConnection();
                    ResultSet rs = c.createStatement()
                            .executeQuery(
                                    "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank")) {
                assertTrue(rs.next());
                assertEquals("1", rs.getString(1));
            }
        }
        // a second open of the same schema keeps the data and applies nothing twice
        try (Database db = Database.open(settings, "classpath:db/probe", List.of(ProbeMapper.class));
                SqlSession s = db.sqlSessionFactory().openSession(true)) {
            assertEquals("Gludio Castle", s.getMapper(ProbeMapper.class).find(7).name());
        }
    }

    @Test
    void unreachableDatabaseIsAClearError() {
        DatabaseSettings bad =
                new DatabaseSettings("jdbc:mariadb://127.0.0.1:1/nowhere?connectTimeout=500", "root", "", 1);
        DatabaseException e =
                assertThrows(DatabaseException.class, () -> Database.open(bad, "classpath:db/probe", List.of()));
        assertTrue(e.getMessage().startsWith("cannot connect to jdbc:mariadb://127.0.0.1:1/nowhere"), e.getMessage());
    }
}
