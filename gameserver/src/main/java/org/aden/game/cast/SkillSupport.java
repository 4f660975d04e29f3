package org.aden.game.cast;

import java.util.Set;
import org.aden.game.skill.SkillEffect;
import org.aden.game.skill.SkillTemplate;
import org.aden.game.stat.StatModifiers;

/**
 * Which datapack skills this engine carries out in full: an active skill on the caster or its target whose every
 * effect is one of {@link #EFFECTS} (stat effects only on modelled stats). Passive and toggle skills are not
 * applied yet. The {@code datapack validate} report counts with the same rule.
 */
public final class SkillSupport {
    /** Effects {@link SkillEffects} applies. */
    public static final Set<String> EFFECTS = Set.of(
            "magical-attack",
            "heal",
            "heal-percent",
            "heal-over-time",
            "mana-heal-over-time",
            "buff",
            "debuff",
            "escape");

    private static final Set<String> OFFENSIVE = Set.of("magical-attack", "debuff");

    private SkillSupport() {}

    public static boolean castable(SkillTemplate t) {
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
