package org.aden.game.cast;

import java.util.random.RandomGenerator;
import org.aden.game.actor.Creature;
import org.aden.game.world.move.Headings;

/**
 * Dagger blows (the {@code fatal-blow} and {@code backstab} effects: Deadly Blow, Backstab, Lethal Blow...): whether
 * one lands, by the attacker's position against the target's facing, and its damage. Facts from L2J Mobius Interlude
 * ({@code Position.getPosition}, {@code Formulas.calcBlowSuccess}, {@code calcBlowDamage}, {@code calcBackstabDamage},
 * {@code calcCrit} with a skill); the code is ours. Not modelled: shields, the weapon's random damage, critical
 * damage stats, traits, PvP bonuses and the level-gap penalty.
 */
final class Blows {
    /** Where the attacker stands, seen from the target. */
    enum Position {
        FRONT(1, 1),
        SIDE(1.5, 1.1),
        BACK(2, 1.2);

        /** Mobius calcBlowSuccess: the blow chance times 1 / 1.5 / 2 by position. */
        final double chance;
        /** Mobius calcBlowDamage: +10 % from the side, +20 % from behind. */
        final double damage;

        Position(double chance, double damage) {
            this.chance = chance;
            this.damage = damage;
        }
    }

    /** Mobius: a soulshot multiplies a blow's attack by 1.458 (not by 2 as for other skills). */
    static final double SOULSHOT = 1.458;

    private Blows() {}

    /**
     * Mobius Position.getPosition: d = |target heading − heading from attacker to target| (65536 a turn); 0x2000 to
     * 0x6000 or 0xA000 to 0xE000 is the side, 0x6000 to 0xA000 the front, the rest behind.
     */
    static Position position(Creature attacker, Creature target) {
        int toTarget = Headings.fromVector(target.exactX() - attacker.exactX(), target.exactY() - attacker.exactY());
        int d = Math.abs(target.heading() - toTarget);
        if ((d >= 0x2000 && d <= 0x6000) || (d >= 0xA000 && d <= 0xE000)) {
            return Position.SIDE;
        }
        return d > 0x6000 && d < 0xA000 ? Position.FRONT : Position.BACK;
    }

    /** Mobius calcBlowSuccess: lands when rnd(100) < blow-chance × DEX bonus × the position's factor. */
    static boolean lands(double blowChance, double dexBonus, Position at, RandomGenerator rnd) {
        return rnd.nextInt(100) < blowChance * dexBonus * at.chance;
    }

    /** Mobius calcBlowDamage: 77 × (power + P.Atk × soulshot) / P.Def × the position's bonus; at least 1. */
    static double fatalBlow(double power, double pAtk, double pDef, boolean soulshot, Position at) {
        double atk = power + pAtk * (soulshot ? SOULSHOT : 1);
        return Math.max(1, 77 * atk / Math.max(1, pDef) * at.damage);
    }

    /** Mobius calcBackstabDamage: 77 × (power + P.Atk) / P.Def × soulshot × the position's bonus; at least 1. */
    static double backstab(double power, double pAtk, double pDef, boolean soulshot, Position at) {
        return Math.max(1, 77 * (power + pAtk) / Math.max(1, pDef) * (soulshot ? SOULSHOT : 1) * at.damage);
    }

    /** Mobius calcCrit with a skill: per mille base-crit-rate × 10 × the attacker's STR bonus; doubles the blow. */
    static boolean critical(double baseCritRate, double strBonus, RandomGenerator rnd) {
        return baseCritRate > 0 && rnd.nextInt(1000) < baseCritRate * 10 * strBonus;
    }
}
