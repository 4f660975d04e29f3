package org.aden.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlayerTextTest {
    /** A name that would forge a log line, flip the text after it and hide characters. */
    static final String HOSTILE =
            "bob\r\n2026-01-01 00:00:00.000 ERROR fake\u202Eevil\u200B\u2066x\u0000\u001B[31m\uFEFF";

    @Test
    void forLogIsOneLineShowingEveryHiddenCharacter() {
        String s = PlayerText.forLog(HOSTILE);
        assertEquals(
                "bob\\r\\n2026-01-01 00:00:00.000 ERROR fake\\u202Eevil\\u200B\\u2066x\\u0000\\u001B[31m\\uFEFF", s);
        assertTrue(s.chars().allMatch(c -> c >= 0x20 && c < 0x7F), s);
        assertEquals("a\\\\nb", PlayerText.forLog("a\\nb"), "a typed backslash cannot fake an escape");
        assertEquals("Ægir Ñandú 日本語", PlayerText.forLog("Ægir Ñandú 日本語"), "real letters stay");
        assertEquals("\\uD800x", PlayerText.forLog("\uD800x"), "lone surrogate");
        assertEquals("null", PlayerText.forLog(null));
        assertEquals("aaaaa…(+5)", PlayerText.forLog("a".repeat(10), 5));
    }

    @Test
    void forRelayKeepsVisibleTextAndDropsTricks() {
        assertEquals("bob  2026-01-01 00:00:00.000 ERROR fakeevilx[31m", PlayerText.forRelay(HOSTILE));
        assertEquals("hello world", PlayerText.forRelay("hello world"));
        assertTrue(PlayerText.isSafe("Ægir 日本語 😀"));
        assertFalse(PlayerText.isSafe("a\u200Db"));
        assertNull(PlayerText.forRelay(null));
    }

    @Test
    void accountNamesFollowTheLoginServerRule() {
        assertEquals("bob_1", AccountNames.normalize("Bob_1"));
        assertNull(AccountNames.normalize("a"));
        assertNull(AccountNames.normalize("a".repeat(15)));
        assertNull(AccountNames.normalize("a".repeat(40)));
        assertNull(AccountNames.normalize("bob\nx"));
        assertEquals("a".repeat(14), AccountNames.normalize("A".repeat(14)));
    }
}
