package org.aden.game.cast;

import java.util.random.RandomGenerator;
import org.aden.game.actor.Creature;
import org.aden.game.actor.Player;
import org.aden.game.skill.SkillTemplate;

/**
 * Whether a debuff lands. Facts from L2J Mobius CT_0 {@code Formulas.calcEffectSuccess}: base = (magic level −
 * target level + 3) × level-bonus-rate + activate-rate + 30 − the target's basic-property attribute (CON, MEN...);
 * a magic skill multiplies it by 11 × √M.Atk / M.Def; the result is kept in 10..90 % (Mobius's default min and
 * max chance). The skill's trait (sleep, shock...) against the target's defence from its lasting effects
 * ({@code defence-trait}, Mobius calcGeneralTraitBonus): × (1 − defence), at least 0.05; an immune target (100)
 * resists always. A skill without an activate-rate or basic-property always lands. Elements and attack traits are
 * not modelled yet (factor 1). The code is ours.
 */
final class EffectChance {
    static final double MIN = 10, MAX = 90;

    private EffectChance() {}

    /** @param traitDefence the target's defence against the skill's trait (1: immune) */
    static double percent(Creature caster, Creature target, SkillTemplate t, double traitDefence) {
        if (traitDefence >= 1) {
            return 0;
        }
        double activate = t.number("activate-rate", -1);
        String property = t.property("basic-property", "none");
        if (activate < 0 || property.equals("none")) {
            return 100;
        }
        double magicLevel = t.magicLevel() > 0 ? t.magicLevel() : target.level() + 3;
        double base = (magicLevel - target.level() + 3) * t.number("level-bonus-rate", 0)
                + activate
                + 30
                - attribute(target, property);
        if (t.magic()) {
            base *= 11 * Math.sqrt(SkillEffects.mAtk(caster)) / Math.max(1, SkillEffects.mDef(target));
        }
        base *= Math.max(0.05, 1 - traitDefence);
        return Math.max(MIN, Math.min(MAX, base));
    }

    static boolean lands(
            Creature caster, Creature target, SkillTemplate t, double traitDefence, RandomGenerator random) {
        double p = percent(caster, target, t, traitDefence);
        return p >= 100 || random.nextInt(100) < p;
    }

    /** A target's base attribute; a monster has the npcs schema's defaults (templates do not carry their own yet). */
    private static int attribute(Creature c, String property) {
        if (c instanceof Player p) {
            var s = p.stats();
            return switch (property) {
                case "str" -> s.str();
                case "dex" -> s.dex();
                case "con" -> s.con();
                case "int" -> s.intel();
                case "wit" -> s.wit();
                case "men" -> s.men();
                default -> 0;
            };
        }
        return switch (property) {
            case "str" -> 40;
            case "dex" -> 30;
            case "con" -> 43;
            case "int" -> 21;
            case "wit" -> 20;
            case "men" -> 20;
            default -> 0;
        };
    }
}
