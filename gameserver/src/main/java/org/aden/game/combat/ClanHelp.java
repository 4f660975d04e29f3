package org.aden.game.combat;

import org.aden.game.actor.Creature;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.actor.WorldObject;

/**
 * A monster attacked calls the idle monsters of its clans ({@code clans} in the datapack) within its clan-help
 * range; they attack the attacker (Mobius AttackableAI: the attacked NPC's range, the called NPC's clans). Only
 * monsters the attacking player sees are asked: they are the ones near enough to matter.
 */
final class ClanHelp {
    private ClanHelp() {}

    static void call(Combat combat, Npc attacked, Creature attacker) {
        int range = attacked.template().combat().clanHelpRange();
        if (range <= 0 || attacked.template().behaviour().clans().isEmpty() || !(attacker instanceof Player p)) {
            return;
        }
        for (WorldObject o : p.known().toArray(new WorldObject[0])) {
            if (o instanceof Npc helper
                    && helper != attacked
                    && !helper.isDead()
                    && helper.template().isMonster()
                    && !combat.isFighting(helper)
                    && helper.isWithin2d(attacked, range)
                    && helper.template()
                            .behaviour()
                            .sharesClanWith(attacked.template().behaviour())) {
                combat.attack(helper, attacker);
            }
        }
    }
}
