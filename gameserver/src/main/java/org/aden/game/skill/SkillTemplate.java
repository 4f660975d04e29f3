package org.aden.game.skill;

import java.util.List;

/**
 * One level of one skill from {@code datapack/skills}, its level tables already resolved. Immutable and compact:
 * only what the engine reads.
 *
 * @param hitTime cast time in ms (0 for instant)
 * @param reuseDelay ms before the skill can be used again
 * @param castRange reach in game units (-1: no range, self or aura skills)
 * @param power the skill's power for damage formulas (0 when it has none)
 * @param abnormalTimeSec how long its lasting effect stays (0: none)
 * @param abnormalType the stacking group of its lasting effect ("pa-up", "hp-recover"...), "" if none
 * @param usingKinds a condition {@code <using kind="sword blunt"/>}: the weapon (or armour, shield) it needs; empty
 *     when none
 * @param otherConditions the skill has a condition other than one plain {@code <using>}, which the engine does not
 *     check yet
 */
public record SkillTemplate(
        int id,
        int level,
        String name,
        Operate operate,
        Target target,
        boolean magic,
        int mpConsume,
        int mpInitialConsume,
        int hpConsume,
        int hitTime,
        int reuseDelay,
        int castRange,
        int effectRange,
        double power,
        int magicLevel,
        int abnormalTimeSec,
        String abnormalType,
        int abnormalLevel,
        int itemConsumeId,
        int itemConsumeCount,
        List<String> usingKinds,
        boolean otherConditions,
        List<SkillEffect> effects) {

    public SkillTemplate {
        usingKinds = List.copyOf(usingKinds);
        effects = List.copyOf(effects);
    }

    /** How the skill is used: the datapack's operate types folded into what the engine distinguishes. */
    public enum Operate {
        /** a1, a2, a3, ca1, ca5: cast on use. */
        ACTIVE,
        /** p: always on while learned. */
        PASSIVE,
        /** t: switched on and off. */
        TOGGLE;

        static Operate of(String datapack) {
            return switch (datapack) {
                case "p" -> PASSIVE;
                case "t" -> TOGGLE;
                default -> ACTIVE;
            };
        }
    }

    /** Whom a cast affects; the datapack's other targets (area, party, corpse...) are {@link #OTHER} for now. */
    public enum Target {
        SELF,
        ONE,
        NONE,
        OTHER;

        static Target of(String datapack) {
            return switch (datapack) {
                case "self" -> SELF;
                case "one" -> ONE;
                case "none" -> NONE;
                default -> OTHER;
            };
        }
    }

    public boolean isPassive() {
        return operate == Operate.PASSIVE;
    }

    /** MP taken at the start of the cast plus at its end. */
    public int totalMpConsume() {
        return mpInitialConsume + mpConsume;
    }
}
