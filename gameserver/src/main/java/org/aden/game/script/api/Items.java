package org.aden.game.script.api;

/**
 * The player's inventory. Every give/take is applied at once and written to the database as one transaction
 * (with the adena it costs), so a script sees its change immediately.
 */
public interface Items {
    int ADENA = 57;

    /** How many the player carries in the bag (worn items do not count: they cannot be given away). */
    long count(int itemId);

    /** True when the player wears or wields an item of this id (a quest that must be fought with its own weapon). */
    boolean wearing(int itemId);

    /** Adds items (stacking stackable ones). Throws IllegalArgumentException for an unknown item or count < 1. */
    void give(int itemId, long count);

    /** Removes items if the player has that many; false (and nothing taken) otherwise. */
    boolean take(int itemId, long count);

    /** The item's name from the datapack, or "item N" when unknown. */
    String name(int itemId);
}
