package org.aden.game.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.Test;

class LogTailTest {
    static final Logger LOG = LogManager.getLogger("console.LogTailTest");

    @Test
    void keepsTheLastLinesOneLineEachAndSanitised() {
        LogTail tail = new LogTail("tail-test", 3);
        tail.attach();
        try {
            LOG.debug("below INFO: not kept");
            for (int i = 1; i <= 5; i++) {
                LOG.info("line {}", i);
            }
            LOG.warn("forged\nline \u202Ehidden\u0007 <b>bold</b>", new IllegalStateException("boom"));
        } finally {
            tail.detach();
        }
        LOG.info("after detach: not kept");
        List<LogTail.Line> lines = tail.since(0);
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(
                lines.get(0).text().endsWith("LogTailTest - line 4"),
                lines.get(0).text());
        String last = lines.get(2).text();
        assertTrue(last.contains("WARN"), last);
        assertFalse(last.contains("\n") || last.contains("\u202E") || last.contains("\u0007"), last);
        assertTrue(last.contains("forged\\nline"), "the break shown as an escape: " + last);
        assertTrue(last.contains("(java.lang.IllegalStateException: boom)"), last);
        assertEquals(List.of(lines.get(2)), tail.since(lines.get(1).seq()), "only lines after the one seen");
    }

    @Test
    void aLongLineIsCut() {
        assertTrue(LogTail.sanitise("x".repeat(5000)).length() < LogTail.MAX_LINE + 20);
    }
}
