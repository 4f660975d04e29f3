package org.aden.game.door;

import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.door.DoorInfo;
import org.aden.game.network.server.door.DoorStatusUpdate;

/** What a viewer is sent about a door: DoorInfo then DoorStatusUpdate on sight, the latter on every change. */
public final class DoorPackets {
    private DoorPackets() {}

    public static ServerPacket[] appear(Door d) {
        return new ServerPacket[] {info(d), status(d)};
    }

    public static DoorInfo info(Door d) {
        // no sieges yet: no door shows an HP bar or can be attacked
        return new DoorInfo(
                d.objectId(), d.doorId(), false, !d.isOpen(), d.template().maxHp(), d.currentHp());
    }

    public static DoorStatusUpdate status(Door d) {
        return new DoorStatusUpdate(
                d.objectId(), !d.isOpen(), 0, false, d.doorId(), d.template().maxHp(), d.currentHp());
    }
}
