package org.aden.game.actor;

/** An item lying on the ground. */
public final class GroundItem extends WorldObject {
    private final int itemId;
    private final int count;
    private final boolean stackable;

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

    public int count() {
        return count;
    }
}
