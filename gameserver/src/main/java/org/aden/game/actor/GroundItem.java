package org.aden.game.actor;

import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.world.SpawnItem;

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

    @Override
    public ServerPacket[] appearPackets() {
        return new ServerPacket[] {new SpawnItem(objectId(), itemId, x(), y(), z(), stackable, count)};
    }

    public int itemId() {
        return itemId;
    }

    public int count() {
        return count;
    }
}
