package org.aden.game.world.move;

import org.aden.game.actor.Creature;
import org.aden.game.actor.MoveOrder;
import org.aden.game.network.server.move.MoveToLocation;

/** Builds the movement packets of a creature from its current state. */
public final class MovePackets {
    private MovePackets() {}

    /** Where the creature is heading (or where it stands, when it is not moving). */
    public static MoveToLocation moveToLocation(Creature c) {
        MoveOrder m = c.moveOrder();
        if (m == null) {
            return new MoveToLocation(c.objectId(), c.x(), c.y(), c.z(), c.x(), c.y(), c.z());
        }
        return new MoveToLocation(
                c.objectId(),
                (int) Math.round(m.destX()),
                (int) Math.round(m.destY()),
                (int) Math.round(m.destZ()),
                c.x(),
                c.y(),
                c.z());
    }
}
