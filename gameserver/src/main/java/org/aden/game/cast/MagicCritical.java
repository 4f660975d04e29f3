package org.aden.game.cast;

import java.util.random.RandomGenerator;

/**
 * Magic critical hits of magic damage skills. The rate is L2J Interlude's getMCriticalHit: per mille 10 × the
 * caster's WIT bonus, capped at 200 (Mobius MaxMCritRate); Mobius Interlude multiplies it by another 10 ("CT2" in
 * its FuncMAtkCritical), which we leave out as later than Interlude. The damage is Mobius calcMagicDam's: × 3, × 2.5
 * when a player hits a player. The code is ours.
 */
final class MagicCritical {
    static final int CAP_PER_MILLE = 200;

    private MagicCritical() {}

    /** The magic critical rate per mille for that WIT bonus. */
    static double ratePerMille(double witBonus) {
        return Math.min(CAP_PER_MILLE, 10 * witBonus);
    }

    static boolean rolls(double witBonus, RandomGenerator rnd) {
        return rnd.nextInt(1000) < ratePerMille(witBonus);
    }

    /** The damage multiplier of a magic critical hit. */
    static double multiplier(boolean playerOnPlayer) {
        return playerOnPlayer ? 2.5 : 3;
    }
}
