package org.aden.game.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.aden.game.TestData;
import org.aden.game.actor.Player;
import org.aden.game.world.WorldFixture;
import org.junit.jupiter.api.Test;

/** The ledger's all-or-nothing rule on the real item templates, and the teleport and buy lists of the datapack. */
class ItemLedgerTest {
    private final List<ItemChange> written = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger(0x20000000);
    private final ItemLedger ledger = new ItemLedger(TestData.world().items(), ids::incrementAndGet, c -> {
        written.add(c);
        return CompletableFuture.completedFuture(null);
    });

    @Test
    void aPurchaseTakesAdenaAndGivesTheItemInOneChange() {
        Player p = new WorldFixture().player("Buyer", -71338, 258271);
        assertTrue(ledger.apply(p, List.of(new ItemLedger.Delta(57, 1000))));
        assertEquals(1000, ledger.count(p, 57));
        written.clear();
        // 1060 Lesser Healing Potion (stackable), 2 Long Sword... any weapon: not stackable
        assertTrue(ledger.apply(p, List.of(new ItemLedger.Delta(57, -300), new ItemLedger.Delta(1060, 3))));
        assertEquals(700, ledger.count(p, 57));
        assertEquals(3, ledger.count(p, 1060));
        assertEquals(1, written.size(), "one transaction for adena and item");
        assertEquals(1, written.get(0).updated().size());
        assertEquals(1, written.get(0).inserted().size());
    }

    @Test
    void notEnoughAdenaChangesNothing() {
        Player p = new WorldFixture().player("Poor", -71338, 258271);
        ledger.apply(p, List.of(new ItemLedger.Delta(57, 100)));
        written.clear();
        assertFalse(ledger.apply(p, List.of(new ItemLedger.Delta(1060, 1), new ItemLedger.Delta(57, -101))));
        assertEquals(100, ledger.count(p, 57));
        assertEquals(0, ledger.count(p, 1060));
        assertTrue(written.isEmpty());
        assertFalse(ledger.apply(p, List.of(new ItemLedger.Delta(999_999, 1))), "unknown item");
    }

    @Test
    void theDatapacksTeleportsAndBuyListsLoad() {
        var tp = TestData.world().teleports().get(1001);
        assertNotNull(tp);
        assertEquals("TI -> Obelisk of Victory", tp.name());
        assertEquals(470, tp.price());
        assertEquals(57, tp.itemId());
        assertTrue(TestData.world().teleports().withPrefix("TI -> ").size() >= 8);
        var list = TestData.world().buyLists().get(382);
        assertTrue(list.npcs().contains(31380));
        assertEquals(8, list.entry(1835).price());
        assertTrue(TestData.world().buyLists().ofNpc(31380).contains(382));
    }
}
