package org.aden.game.combat;

import org.aden.game.stat.ExperienceTable;

/**
 * How much EXP a death costs. Facts from L2J Mobius CT_0 Interlude ({@code playerXpPercentLost.xml} and
 * {@code Player.calculateDeathExpPenalty}): a percentage of the EXP span of the current level, 10 % at level 1 down
 * by 0.125 a level to 4 % at 49, 4 % up to 75, then 2.5, 2, 1.5 and 1 % from 79. (aCis uses coarser steps: 7 %
 * below 40, 4 % below 76, 2 % above.) Levels up to 9 are "lucky" and lose nothing.
 */
final class DeathPenalty {
    /** The beginners' Lucky skill protects up to this level. */
    static final int LUCKY_LEVEL = 9;

    private DeathPenalty() {}

    /** Percent of the level's EXP span lost at that level. */
    static double percentAt(int level) {
        if (level <= 48) {
            return 10.0 - 0.125 * (Math.max(1, level) - 1);
        }
        if (level <= 75) {
            return 4.0;
        }
        return switch (level) {
            case 76 -> 2.5;
            case 77 -> 2.0;
            case 78 -> 1.5;
            default -> 1.0;
        };
    }

    /** EXP lost at that level, scaled by {@code ratePercent} / 100; 0 for lucky levels. */
    static long expLost(ExperienceTable table, int level, int ratePercent) {
        if (level <= LUCKY_LEVEL || ratePercent <= 0) {
            return 0;
        }
        int l = Math.min(level, table.maxLevel() - 1);
        long span = table.expFor(l + 1) - table.expFor(l);
        return Math.round(span * percentAt(level) / 100.0 * ratePercent / 100.0);
    }
}
