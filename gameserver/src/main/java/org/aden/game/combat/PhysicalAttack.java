package org.aden.game.combat;

import java.util.random.RandomGenerator;

/**
 * The Interlude physical melee formulas. Facts from L2J Mobius Interlude and aCis {@code Formulas} (calcHitMiss,
 * calcCrit, calcShldUse, calcPhysDam); the code is ours.
 */
final class PhysicalAttack {
    /** The outcome of one swing: damage 0 on a miss; flags as the Attack packet's. */
    record Hit(int damage, boolean miss, boolean critical, boolean shield) {}

    private PhysicalAttack() {}

    /** Mobius/aCis calcHitMiss: chance per mille = (80 + 2 × (accuracy − evasion)) × 10, kept in 200..980. */
    static boolean hits(Fighter a, Fighter t, RandomGenerator rnd) {
        double chance = (80 + 2 * (a.accuracy() - t.evasion())) * 10;
        chance = Math.max(200, Math.min(980, chance));
        return rnd.nextInt(1000) < chance;
    }

    /** calcCrit: the critical stat is a rate per mille. */
    static boolean critical(Fighter a, RandomGenerator rnd) {
        return rnd.nextInt(1000) < a.critical();
    }

    /** calcShldUse: the shield rate is a percent chance (0 without a shield). */
    static boolean shieldBlocks(Fighter t, RandomGenerator rnd) {
        return t.shieldRate() > 0 && rnd.nextInt(100) < t.shieldRate();
    }

    /**
     * calcPhysDam: 70 × p.atk / p.def (the shield's defence added when it blocks), doubled on a critical hit, spread
     * by ±randomDamage percent; at least 1.
     */
    static int damage(Fighter a, Fighter t, boolean critical, boolean shield, RandomGenerator rnd) {
        double def = Math.max(1, t.pDef() + (shield ? t.shieldDef() : 0));
        double dmg = 70 * a.pAtk() / def;
        if (critical) {
            dmg *= 2;
        }
        if (a.randomDamage() > 0) {
            dmg *= 1 + (rnd.nextInt(2 * a.randomDamage() + 1) - a.randomDamage()) / 100.0;
        }
        return Math.max(1, (int) dmg);
    }

    static Hit swing(Fighter a, Fighter t, RandomGenerator rnd) {
        if (!hits(a, t, rnd)) {
            return new Hit(0, true, false, false);
        }
        boolean crit = critical(a, rnd);
        boolean shield = shieldBlocks(t, rnd);
        return new Hit(damage(a, t, crit, shield, rnd), false, crit, shield);
    }

    /** Mobius: one swing lasts 500000 / p.atk.spd ms; the hit lands at half of it. */
    static long swingMillis(Fighter a) {
        return 500_000L / Math.max(1, a.attackSpeed());
    }
}
