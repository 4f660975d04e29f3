package org.aden.game.cast;

import org.aden.game.actor.Creature;
import org.aden.game.actor.Player;
import org.aden.game.network.server.world.StatusUpdate;
import org.aden.game.world.World;

/** StatusUpdate after a cast or an effect changed HP or MP: to the player itself and to those who target it. */
final class Vitals {
    private Vitals() {}

    static void sendHpMp(World world, Creature c) {
        StatusUpdate su = new StatusUpdate(
                c.objectId(), new int[] {StatusUpdate.CUR_HP, StatusUpdate.CUR_MP}, new int[] {c.curHp(), c.curMp()});
        if (c instanceof Player p) {
            p.send(su);
        }
        StatusUpdate hp = StatusUpdate.hp(c.objectId(), c.curHp(), c.maxHp());
        for (Player viewer : c.seenBy()) {
            if (viewer.target() == c && viewer != c) {
                viewer.send(hp);
            }
        }
    }
}
