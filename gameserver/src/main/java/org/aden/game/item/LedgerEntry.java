package org.aden.game.item;

/**
 * One line of the item ledger (aden_game.item_ledger): a character's inventory gained ({@code count > 0}) or lost
 * items of one id, from or to a counterpart, for a reason; written with the inventory rows it explains.
 */
public record LedgerEntry(long at, int charId, int itemId, long count, String counterpart, ItemLedger.Reason reason) {
    public LedgerEntry {
        counterpart = counterpart == null ? "" : counterpart;
    }
}
