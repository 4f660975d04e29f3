package org.aden.game.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.aden.common.db.DatabaseSettings;
import org.junit.jupiter.api.Test;

class WebConsoleTest {
    static ConsoleSettings settings(String url, String user, String password) {
        return new ConsoleSettings(true, "127.0.0.1", 0, Duration.ofMinutes(30), 100, url, user, password);
    }

    final DatabaseSettings game =
            new DatabaseSettings("jdbc:mariadb://127.0.0.1:3306/aden_game?useSsl=false", "aden", "pw", 10);

    @Test
    void theLoginSchemaIsLookedForBesideTheGameSchemaWithItsCredentials() {
        DatabaseSettings s = WebConsole.loginDatabase(settings("", "", ""), game);
        assertEquals("jdbc:mariadb://127.0.0.1:3306/aden_login?useSsl=false", s.jdbcUrl());
        assertEquals("aden", s.user());
        assertEquals("pw", s.password());
        assertEquals(
                "jdbc:mariadb://db:3306/aden_login",
                WebConsole.loginDatabase(
                                settings("", "", ""), new DatabaseSettings("jdbc:mariadb://db:3306/g", "u", "p", 1))
                        .jdbcUrl());
    }

    @Test
    void aConfiguredUrlAndUserWin() {
        DatabaseSettings s =
                WebConsole.loginDatabase(settings("jdbc:mariadb://login-db/aden_login", "reader", "secret"), game);
        assertEquals("jdbc:mariadb://login-db/aden_login", s.jdbcUrl());
        assertEquals("reader", s.user());
        assertEquals("secret", s.password());
        assertEquals(
                "aden",
                WebConsole.loginDatabase(settings("jdbc:mariadb://x/aden_login", "", ""), game)
                        .user());
    }

    @Test
    void jsonEscapesWhatCouldBreakOutOfAStringOrAPage() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("a", "q\"b\\ \n </script> \u2028");
        m.put("n", java.util.Arrays.asList(1, true, null));
        assertEquals("{\"a\":\"q\\\"b\\\\ \\n \\u003c/script\\u003e \\u2028\",\"n\":[1,true,null]}", Json.object(m));
    }
}
