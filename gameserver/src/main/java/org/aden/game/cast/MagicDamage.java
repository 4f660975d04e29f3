package org.aden.game.cast;

/**
 * The Interlude magic damage formula. Facts from L2J Mobius Interlude and aCis {@code Formulas.calcMagicDam}:
 * 91 × √M.Atk / M.Def × power (spiritshots multiply M.Atk by 2, blessed ones by 4); the code is ours. Magic
 * criticals, failures and the NPC level penalty are not applied yet.
 */
final class MagicDamage {
    private MagicDamage() {}

    static int damage(double mAtk, double mDef, double power, int shotMultiplier) {
        double dmg = 91 * Math.sqrt(mAtk * Math.max(1, shotMultiplier)) / Math.max(1, mDef) * power;
        return Math.max(1, (int) dmg);
    }
}
