package org.aden.game.cast;

import java.util.Set;
import org.aden.game.skill.SkillEffect;
import org.aden.game.skill.SkillTemplate;
import org.aden.game.skill.SkillTemplate.Target;
import org.aden.game.stat.PassiveSkills;
import org.aden.game.stat.StatModifiers;

/**
 * Which datapack skills this engine carries out in full. An active or toggle skill: its target kind is one
 * {@link SkillTargets} resolves, every effect is one of {@link #EFFECTS} (stat effects only on modelled stats,
 * each stat operation without a condition other than a weapon or armour kind), and its condition, if any, is a
 * plain weapon or armour kind ({@code <using>}). A passive skill: {@link PassiveSkills#supported}. The
 * {@code datapack validate} report counts with the same rule.
 */
public final class SkillSupport {
    /** Effects {@link SkillEffects} and {@link Abnormals} apply. */
    public static final Set<String> EFFECTS = Set.of(
            "magical-attack",
            "physical-attack",
            "hp-drain",
            "magical-attack-mp",
            "heal",
            "heal-percent",
            "mana-heal",
            "cp-heal",
            "heal-over-time",
            "mana-heal-over-time",
            "dam-over-time",
            "mana-dam-over-time",
            "mp-consume-per-level",
            "buff",
            "debuff",
            "stun",
            "sleep",
            "root",
            "paralyze",
            "fear",
            "mute",
            "immobile-buff",
            "defence-trait",
            "dispel-by-slot",
            "dispel-by-category",
            "target-cancel",
            "delete-hate",
            "get-agro",
            "target-me",
            "add-hate",
            "resurrection",
            "escape",
            "fatal-blow",
            "backstab",
            "lethal",
            "spoil",
            "sweeper",
            "consume-body");

    /** Effects on a monster's corpse the engine applies: a corpse skill with any other is not supported. */
    private static final Set<String> CORPSE_EFFECTS = Set.of("sweeper", "consume-body");

    /** Targets the engine resolves. */
    static final Set<Target> TARGETS = Set.of(
            Target.SELF,
            Target.ONE,
            Target.NONE,
            Target.AREA,
            Target.AURA,
            Target.FRONT_AREA,
            Target.PARTY,
            Target.PARTY_CLAN,
            Target.PARTY_MEMBER,
            Target.PC_BODY,
            Target.CORPSE_MOB);

    private static final Set<String> OFFENSIVE = Set.of(
            "magical-attack",
            "physical-attack",
            "hp-drain",
            "magical-attack-mp",
            "debuff",
            "dam-over-time",
            "mana-dam-over-time",
            "stun",
            "sleep",
            "root",
            "paralyze",
            "fear",
            "mute",
            "target-cancel",
            "delete-hate",
            "get-agro",
            "target-me",
            "add-hate",
            "fatal-blow",
            "backstab",
            "lethal",
            "spoil");

    private SkillSupport() {}

    /** The skill, learned, does everything its data says (passives included). */
    public static boolean supported(SkillTemplate t) {
        return t.isPassive() ? PassiveSkills.supported(t) : castable(t);
    }

    public static boolean castable(SkillTemplate t) {
        return !t.otherConditions() && effectsSupported(t);
    }

    /**
     * Every effect is applied, whatever the skill's conditions say. Item skills are cast on this rule: the Scroll
     * of Escape's "can escape, not in these zones" condition is not checked yet.
     */
    public static boolean effectsSupported(SkillTemplate t) {
        if (t.isPassive() || !TARGETS.contains(t.target())) {
            return false;
        }
        for (SkillEffect e : t.effects()) {
            if (!EFFECTS.contains(e.name())
                    || (t.target() == Target.CORPSE_MOB && !CORPSE_EFFECTS.contains(e.name()))) {
                return false;
            }
            for (SkillEffect.StatOp op : e.statOps()) {
                if (op.otherCondition() || !StatModifiers.supports(op.stat())) {
                    return false;
                }
            }
        }
        return !t.effects().isEmpty();
    }

    /** Aimed at an enemy: its targets must be attackable monsters (for a monster: players). */
    public static boolean offensive(SkillTemplate t) {
        return t.flag("debuff") || t.effects().stream().anyMatch(e -> OFFENSIVE.contains(e.name()));
    }
}
