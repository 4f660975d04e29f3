package org.aden.game.loot;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.aden.game.item.ItemChange;
import org.aden.game.item.ItemStore;
import org.aden.game.item.LedgerEntry;

/** An item store that keeps what it is given and confirms it at once, or fails every write while told to. */
final class RecordingStore implements ItemStore {
    final List<ItemChange> written = new ArrayList<>();
    boolean failWrites;

    @Override
    public CompletableFuture<Void> write(ItemChange c) {
        if (failWrites) {
            return CompletableFuture.failedFuture(new IllegalStateException("disk full"));
        }
        written.add(c);
        return CompletableFuture.completedFuture(null);
    }

    /** The ledger lines of every write so far. */
    List<LedgerEntry> lines() {
        return written.stream().flatMap(c -> c.log().stream()).toList();
    }
}
