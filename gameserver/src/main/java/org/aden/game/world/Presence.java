package org.aden.game.world;

import org.aden.common.net.ServerPacket;
import org.aden.game.actor.WorldObject;

/**
 * The packets that make an object appear on a viewer's screen (CharInfo, NpcInfo, SpawnItem...). The world
 * engine sends them when an object comes into view; the game systems that know what an object looks like
 * build them (org.aden.game.presence).
 */
@FunctionalInterface
public interface Presence {
    ServerPacket[] appear(WorldObject object);
}
