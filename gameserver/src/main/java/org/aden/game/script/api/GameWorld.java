package org.aden.game.script.api;

import java.util.List;

/** What the world offers a player at an NPC: teleports, shops, the warehouse, moving. */
public interface GameWorld {
    /** A teleport destination of datapack/teleports. */
    record Destination(int id, String name, long price, int itemId) {}

    /** Destinations whose name starts with the prefix (e.g. "TI -> "), in id order. */
    List<Destination> destinations(String namePrefix);

    /**
     * Takes the destination's price and teleports the player; false (with the "not enough adena" message) when the
     * player cannot pay or the destination does not exist.
     */
    boolean teleport(int destinationId);

    /**
     * True with the given probability, 0 to 100 percent (a quest item's drop chance). The server's random: tests
     * seed it.
     */
    boolean chance(double percent);

    /**
     * A monster of the datapack appears where this event's NPC stands (beside the player when there is none) and
     * attacks the player: a quest's leader drawn out by a kill. It does not respawn and leaves after two minutes if
     * nobody kills it. False when there is no such NPC template.
     */
    boolean spawnAttacker(int npcId);

    /** Moves the player without a price. */
    void teleport(int x, int y, int z);

    /** The buy lists (datapack/buylists) that name this NPC. */
    List<Integer> buyListsOf(int npcId);

    /**
     * Opens a buy list of this NPC (the player's purchases are checked against it); throws IllegalArgumentException
     * when the list does not exist or names other NPCs.
     */
    void showBuyList(int listId);

    /** Opens the sell window with the player's sellable items. */
    void showSellList();

    /**
     * Opens a multisell (datapack/multisells) at this NPC; throws IllegalArgumentException when the list does not
     * exist or names other NPCs.
     */
    void showMultisell(int listId);

    /** Opens the deposit window of the player's private warehouse at this NPC (a fee of 30 adena per item line). */
    void showWarehouseDeposit();

    /** Opens the withdrawal window (or says that nothing was deposited). */
    void showWarehouseWithdraw();
}
