package org.aden.game.cast;

import java.util.random.RandomGenerator;

/**
 * Whether a skill whose success is the magic kind lands (Spoil): L2J Mobius Interlude {@code
 * Formulas.calcMagicSuccess} with its shipped settings (CalculateMagicSuccessBySkillMagicLevel on,
 * MinNPCLevelForMagicPenalty 78, SkillChancePenaltyForLvLDifferences 2.5, 3.0, 3.25, 3.5); magic resistance is not
 * modelled. The code is ours.
 */
final class MagicSuccess {
    static final int NPC_PENALTY_FROM_LEVEL = 78;
    static final double[] NPC_PENALTY = {2.5, 3.0, 3.25, 3.5};

    private MagicSuccess() {}

    /**
     * The chance in percent: 100 − round(1.3^(target level − skill magic level, or the caster's level without one)
     * × the penalty of a monster of level 78+ three or more levels above the player).
     */
    static int ratePercent(int targetLevel, int magicLevel, int casterLevel, boolean targetIsMonster) {
        double level = Math.pow(1.3, targetLevel - (magicLevel > 0 ? magicLevel : casterLevel));
        double penalty = 1;
        if (targetIsMonster && targetLevel >= NPC_PENALTY_FROM_LEVEL && targetLevel - casterLevel >= 3) {
            penalty = NPC_PENALTY[Math.min(NPC_PENALTY.length - 1, targetLevel - casterLevel - 2)];
        }
        return 100 - Math.round((float) (level * penalty));
    }

    static boolean lands(int targetLevel, int magicLevel, int casterLevel, boolean monster, RandomGenerator rnd) {
        return rnd.nextInt(100) < ratePercent(targetLevel, magicLevel, casterLevel, monster);
    }
}
