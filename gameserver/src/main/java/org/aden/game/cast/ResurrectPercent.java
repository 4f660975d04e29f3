package org.aden.game.cast;

import org.aden.game.actor.Creature;
import org.aden.game.actor.Player;

/**
 * The share of lost exp a resurrection gives back. Facts from L2J Mobius CT_0
 * {@code Formulas.calculateSkillResurrectRestorePercent}: 0 and 100 stay as they are; otherwise the skill's power
 * × the caster's WIT bonus, 20 more when that bonus added more than 20, kept between the power and 90. The code is
 * ours.
 */
final class ResurrectPercent {
    private ResurrectPercent() {}

    static double of(double power, Creature caster) {
        if (power == 0 || power == 100) {
            return power;
        }
        double wit = caster instanceof Player p
                ? org.aden.game.stat.StatCalculator.witBonus(p.stats().wit())
                : 1;
        double restore = power * wit;
        if (restore - power > 20) {
            restore += 20;
        }
        return Math.min(90, Math.max(power, restore));
    }
}
