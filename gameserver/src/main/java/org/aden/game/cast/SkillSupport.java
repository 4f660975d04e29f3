package org.aden.game.cast;

import java.util.Set;
import org.aden.game.skill.SkillEffect;
import org.aden.game.skill.SkillTemplate;
import org.aden.game.stat.StatModifiers;

/**
 * Which datapack skills this engine carries out in full: an active skill on the caster or its target whose every
 * effect is one of {@link #EFFECTS} (stat effects only on modelled stats) and whose condition, if any, is a plain
 * weapon or armour kind ({@code <using>}). Passive and toggle skills are not
 * applied yet. The {@code datapack validate} report counts with the same rule.
 */
public final class SkillSupport {
    /** Effects {@link SkillEffects} applies. */
    public static final Set<String> EFFECTS = Set.of(
            "magical-attack",
            "physical-attack",
            "heal",
            "heal-percent",
            "heal-over-time",
            "mana-heal-over-time",
            "buff",
            "debuff",
            "escape");

    private static final Set<String> OFFENSIVE = Set.of("magical-attack", "physical-attack", "debuff");

    private SkillSupport() {}

    public static boolean castable(SkillTemplate t) {
        return !t.otherConditions() && effectsSupported(t);
    }

    /**
     * Every effect is applied, whatever the skill's conditions say. Item skills are cast on this rule: the Scroll
     * of Escape's "can escape, not in these zones" condition is not checked yet.
     */
    public static boolean effectsSupported(SkillTemplate t) {
        if (t.operate() != SkillTemplate.Operate.ACTIVE
                || (t.target() != SkillTemplate.Target.SELF && t.target() != SkillTemplate.Target.ONE)) {
            return false;
        }
        for (SkillEffect e : t.effects()) {
            if (!EFFECTS.contains(e.name())) {
                return false;
            }
            for (SkillEffect.StatOp op : e.statOps()) {
                if (!StatModifiers.supports(op.stat())) {
                    return false;
                }
            }
        }
        return !t.effects().isEmpty();
    }

    /** Aimed at an enemy: its target must be an attackable monster. */
    public static boolean offensive(SkillTemplate t) {
        return t.effects().stream().anyMatch(e -> OFFENSIVE.contains(e.name()));
    }
}
