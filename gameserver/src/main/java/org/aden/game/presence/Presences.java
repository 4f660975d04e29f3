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
import org.aden.game.network.server.world.RelationChanged;
import org.aden.game.network.server.world.SpawnItem;
import org.aden.game.staticobject.PlacedStaticObject;
import org.aden.game.world.Presence;
import org.aden.game.world.move.MovePackets;

/** What each kind of object looks like to a viewer that starts seeing it. */
public final class Presences implements Presence {
    /** CharInfo (with MoveToLocation while walking); a flagged or karma player's RelationChanged colours its name. */
    static ServerPacket[] player(Player p) {
        java.util.List<ServerPacket> out = new java.util.ArrayList<>(3);
        out.add(PlayerPresence.charInfo(p));
        if (p.isMoving()) {
            out.add(MovePackets.moveToLocation(p));
        }
        if (p.pvpFlag() > 0 || p.karma() > 0) {
            int bits = (p.pvpFlag() > 0 ? 0x2 : 0) | (p.karma() > 0 ? 0x4 : 0); // world-presence.md §3
            out.add(new RelationChanged(p.objectId(), bits, true, p.karma(), p.pvpFlag()));
        }
        return out.toArray(new ServerPacket[0]);
    }

    @Override
    public ServerPacket[] appear(WorldObject o) {
        return switch (o) {
            case Player p -> player(p);
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
                n.serverSideTitle() ? n.title() : "");
    }
}
