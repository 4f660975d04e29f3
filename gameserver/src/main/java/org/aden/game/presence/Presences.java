package org.aden.game.presence;

import org.aden.common.net.ServerPacket;
import org.aden.game.actor.GroundItem;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.actor.WorldObject;
import org.aden.game.door.Door;
import org.aden.game.door.DoorPackets;
import org.aden.game.network.server.world.DropItem;
import org.aden.game.network.server.world.NpcInfo;
import org.aden.game.network.server.world.SpawnItem;
import org.aden.game.staticobject.PlacedStaticObject;
import org.aden.game.world.Presence;
import org.aden.game.world.move.MovePackets;

/** What each kind of object looks like to a viewer that starts seeing it. */
public final class Presences implements Presence {
    @Override
    public ServerPacket[] appear(WorldObject o) {
        return switch (o) {
            case Player p ->
                p.isMoving()
                        ? new ServerPacket[] {PlayerPresence.charInfo(p), MovePackets.moveToLocation(p)}
                        : new ServerPacket[] {PlayerPresence.charInfo(p)};
            case Npc n ->
                n.isMoving()
                        ? new ServerPacket[] {npcInfo(n), MovePackets.moveToLocation(n)}
                        : new ServerPacket[] {npcInfo(n)};
            case GroundItem i ->
                new ServerPacket[] {
                    i.dropperId() != 0
                            ? new DropItem(
                                    i.dropperId(),
                                    i.objectId(),
                                    i.itemId(),
                                    i.x(),
                                    i.y(),
                                    i.z(),
                                    i.stackable(),
                                    i.count())
                            : new SpawnItem(i.objectId(), i.itemId(), i.x(), i.y(), i.z(), i.stackable(), i.count())
                };
            case Door d -> DoorPackets.appear(d);
            case PlacedStaticObject s -> new ServerPacket[] {s.appearPacket()};
            default -> new ServerPacket[0];
        };
    }

    public static NpcInfo npcInfo(Npc n) {
        return new NpcInfo(
                n.objectId(),
                n.displayId() + 1_000_000,
                n.isAttackable(),
                n.x(),
                n.y(),
                n.z(),
                n.heading(),
                n.runSpeed(),
                n.walkSpeed(),
                n.collisionRadius(),
                n.collisionHeight(),
                n.isRunning(),
                n.isDead(),
                n.serverSideName() ? n.name() : "",
                n.serverSideTitle() ? n.title() : "",
                n.abnormalMask());
    }
}
