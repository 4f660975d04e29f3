package org.aden.game.combat;

import org.aden.game.actor.CharacterStats;
import org.aden.game.actor.Creature;
import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;
import org.aden.game.npc.NpcTemplate;

/** The values of one creature that the physical-attack formulas read, taken at the moment of a swing. */
record Fighter(
        int level,
        double pAtk,
        double pDef,
        int attackSpeed,
        int attackRange,
        int critical,
        double accuracy,
        double evasion,
        int randomDamage,
        int shieldDef,
        int shieldRate,
        double radius) {

    /** A player's reach without a polearm or bow (L2J's base attack range of fists and swords). */
    static final int PLAYER_ATTACK_RANGE = 40;

    /** The same fighter with another P.Atk (a soulshot doubles it). */
    Fighter withPAtk(double value) {
        return new Fighter(
                level,
                value,
                pDef,
                attackSpeed,
                attackRange,
                critical,
                accuracy,
                evasion,
                randomDamage,
                shieldDef,
                shieldRate,
                radius);
    }

    static Fighter of(Creature c) {
        if (c instanceof Player p) {
            CharacterStats s = p.stats();
            return new Fighter(
                    p.level(),
                    s.pAtk(),
                    s.pDef(),
                    s.pAtkSpd(),
                    PLAYER_ATTACK_RANGE,
                    s.critical(),
                    s.accuracy(),
                    s.evasion(),
                    10,
                    0,
                    0,
                    s.collisionRadius());
        }
        Npc n = (Npc) c;
        NpcTemplate.Combat t = n.template().combat();
        return new Fighter(
                n.level(),
                t.pAtk(),
                t.pDef(),
                t.attackSpeed(),
                t.attackRange(),
                t.critical() * 10, // the datapack's critical is in percent / 10 of the players' scale
                t.accuracy(),
                t.evasion(),
                t.randomDamage(),
                t.shieldDef(),
                t.shieldRate(),
                n.collisionRadius());
    }
}
