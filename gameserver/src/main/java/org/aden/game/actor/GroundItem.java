package org.aden.game.actor;

/**
 * An item lying on the ground (world thread only). Right after a drop it remembers its dropper, so that the
 * viewers of that moment see it fall (DropItem); later arrivals see it lying there (SpawnItem). The killer who
 * caused a drop may have it to himself until a deadline; an item whose pick-up is being written is claimed, and
 * nobody else can take it meanwhile.
 */
public final class GroundItem extends WorldObject {
    private final int itemId;
    private final int count;
    private final boolean stackable;
    private int enchant;
    private int dropperId;
    private int ownerId;
    private long ownerUntil;
    private boolean claimed;

    public GroundItem(int objectId, int itemId, int count, boolean stackable, int x, int y, int z) {
        super(objectId, x, y, z);
        this.itemId = itemId;
        this.count = count;
        this.stackable = stackable;
    }

    public int itemId() {
        return itemId;
    }

    public boolean stackable() {
        return stackable;
    }

    /** The enchant level it keeps while on the ground (a dropped +3 sword is picked up +3). */
    public int enchant() {
        return enchant;
    }

    public void setEnchant(int enchant) {
        this.enchant = enchant;
    }

    public int count() {
        return count;
    }

    /** The creature it is falling from, 0 once it lies on the ground. */
    public int dropperId() {
        return dropperId;
    }

    public void setDropperId(int dropperId) {
        this.dropperId = dropperId;
    }

    /** Reserves the item for one player until {@code until} (epoch millis). */
    public void protectFor(int playerId, long until) {
        this.ownerId = playerId;
        this.ownerUntil = until;
    }

    /** The player it is reserved for (0: nobody), whether or not the reservation ran out. */
    public int ownerId() {
        return ownerId;
    }

    /** True when the player may take it at {@code now}: nobody's, its owner's, or the owner's time ran out. */
    public boolean mayBeTakenBy(int playerId, long now) {
        return ownerId == 0 || ownerId == playerId || now >= ownerUntil;
    }

    public boolean isClaimed() {
        return claimed;
    }

    public void setClaimed(boolean claimed) {
        this.claimed = claimed;
    }
}
