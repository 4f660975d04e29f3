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

    /**
     * Opens the skill-learning window at this NPC with what the player's class line teaches at its level (or tells
     * the player at which level to come back); what the player then learns is checked and written by the engine.
     * False, with nothing opened, when this trainer does not teach the player's class (datapack/trainers): the
     * script says so in its own words.
     */
    boolean showSkillList();

    /** Whether this NPC teaches the player's class (datapack/trainers): a warehouse keeper may teach too. */
    boolean teachesPlayer();

    /** Opens the skill-learning window with the fishing skills (datapack/skill-trees type fishing) for the player. */
    void showFishingSkillList();

    /**
     * A class the player's class leads to: its id and name, the level it needs, the proof items a village master
     * takes for it (empty for a class earned by its own quest, which a master gives only when the host waives
     * proofs).
     */
    record ClassChoice(int classId, String name, int level, List<Integer> proofItems) {}

    /** What asking a village master for a class came to. */
    enum ClassChangeResult {
        /** Accepted: the class changes as soon as it is saved (the engine tells the player). */
        CHANGED,
        NOT_A_CHOICE,
        LEVEL_TOO_LOW,
        MISSING_PROOF,
        /** Another change of the player's items is being saved: try again in a moment. */
        BUSY
    }

    /** The classes the player's class leads to (datapack/classes, datapack/class-changes), in id order. */
    List<ClassChoice> classChoices();

    /** The base class a class descends from (0 Human Fighter, 10 Human Mystic, 18, 25, 31, 38, 44, 49, 53). */
    int baseClassOf(int classId);

    /** True when the host waives the proof items (game.class-change.free). */
    boolean classChangeFree();

    /** Changes the player's class at this NPC, taking the proof items (checked and saved by the engine). */
    ClassChangeResult changeClass(int classId);
}
