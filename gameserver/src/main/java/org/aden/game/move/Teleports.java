package org.aden.game.move;

import org.aden.game.actor.Player;
import org.aden.game.network.server.world.TeleportToLocation;
import org.aden.game.presence.PlayerPresence;
import org.aden.game.world.World;

/** Instant relocation of a player (GM teleport, recall; gatekeepers later). World thread. */
public final class Teleports {
    private final World world;
    private final PlayerActions actions;

    public Teleports(World world, PlayerActions actions) {
        this.world = world;
        this.actions = actions;
    }

    public void teleport(Player p, int x, int y, int z) {
        world.stopMoving(p);
        actions.cancelTarget(p);
        world.broadcastWithSelf(p, new TeleportToLocation(p.objectId(), x, y, z));
        world.relocate(p, x, y, z);
    }

    /** Appearing: the client finished loading the destination. */
    public void appeared(Player p) {
        p.send(PlayerPresence.userInfo(p));
    }
}
