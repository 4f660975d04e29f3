package org.aden.game.cast;

/**
 * The Interlude physical skill damage. Facts from L2J Mobius Interlude and aCis {@code Formulas.calcPhysDam} with
 * a skill: the skill's power is added to P.Atk (soulshots double P.Atk first), then 70 × that / P.Def; the code is
 * ours. Criticals, shields, weapon random damage and the NPC level penalty are not applied yet.
 */
final class PhysicalSkillDamage {
    private PhysicalSkillDamage() {}

    static int damage(double pAtk, double pDef, double power, int shotMultiplier) {
        double dmg = 70 * (pAtk * Math.max(1, shotMultiplier) + power) / Math.max(1, pDef);
        return Math.max(1, (int) dmg);
    }
}
