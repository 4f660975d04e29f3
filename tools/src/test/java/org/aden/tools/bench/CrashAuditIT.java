package org.aden.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a game server process while bots drop, pick up and take off items, buy at a merchant and trade with
 * each other, a restart, and the audit: nothing the server had confirmed is lost, nothing is there twice, and every
 * count is explained by the item ledger. A duplicate planted behind the server's back after
 * the restart must be the one problem found, so the checks are shown to see what they look for.
 */
class CrashAuditIT {
    @TempDir
    Path dir;

    @Test
    void killNineWhileItemsMoveLosesAndDuplicatesNothing() throws Exception {
        Path root =
                Path.of(System.getProperty("aden.root", "..")).toAbsolutePath().normalize();
        CrashAudit audit = new CrashAudit();
        audit.bots = 8;
        audit.rounds = 1;
        audit.actionSeconds = 8;
        audit.options.home = root;
        audit.options.datapack = root.resolve("datapack");
        audit.dataDir = dir.resolve("shard");
        audit.plantDuplicate = true;
        CrashAudit.Result r = audit.run();
        assertTrue(r.moves() > 20, "the bots moved items before the kill: " + r.moves());
        assertTrue(r.buys() > 0, "purchases at the merchant: " + r.buys());
        assertTrue(r.trades() > 0, "trades between bots: " + r.trades());
        assertEquals(1, r.problems().size(), "only the planted duplicate: " + r.problems());
        assertTrue(r.problems().get(0).contains("owns"), r.problems().get(0));
    }
}
