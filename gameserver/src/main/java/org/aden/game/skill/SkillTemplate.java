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
 * @param condition the skill's conditions when the engine evaluates them all (null: none, or not evaluable: then
 *     {@code otherConditions})
 * @param properties every attribute of the skill at this level, tables resolved (what the record does not name:
 *     activate-rate, basic-property, affect-range, removed-on-damage...)
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
        List<SkillEffect> effects,
        java.util.Map<String, String> properties,
        SkillCondition condition) {

    public SkillTemplate {
        usingKinds = List.copyOf(usingKinds);
        effects = List.copyOf(effects);
        properties = java.util.Map.copyOf(properties);
    }

    /** A numeric property of this level ({@link #properties}), or the default when absent or not a number. */
    public double number(String property, double def) {
        String v = properties.get(property);
        if (v == null) {
            return def;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return def;
        }
    }

    public boolean flag(String property) {
        return "true".equals(properties.get(property)) || "1".equals(properties.get(property));
    }

    public String property(String property, String def) {
        return properties.getOrDefault(property, def);
    }

    /** A toggle or a passive: nothing to cast, an effect while on. */
    public boolean isToggle() {
        return operate == Operate.TOGGLE;
    }

    public boolean hasEffect(String name) {
        return effects.stream().anyMatch(e -> e.name().equals(name));
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

    /**
     * Whom a cast affects (the datapack's target kinds). AREA is around the target, AURA around the caster,
     * FRONT_AREA in front of the caster, PARTY the caster's party in range, PARTY_CLAN party and clan, PARTY_MEMBER one
     * party member, PC_BODY a dead player, CORPSE_MOB a dead monster; the rest (summons, doors, ground) are
     * {@link #OTHER}.
     */
    public enum Target {
        SELF,
        ONE,
        NONE,
        AREA,
        AURA,
        FRONT_AREA,
        PARTY,
        PARTY_CLAN,
        PARTY_MEMBER,
        PC_BODY,
        CORPSE_MOB,
        OTHER;

        static Target of(String datapack) {
            return switch (datapack) {
                case "self" -> SELF;
                case "one" -> ONE;
                case "none" -> NONE;
                case "area" -> AREA;
                case "aura" -> AURA;
                case "front-area" -> FRONT_AREA;
                case "party" -> PARTY;
                case "party-clan" -> PARTY_CLAN;
                case "party-member" -> PARTY_MEMBER;
                case "pc-body" -> PC_BODY;
                case "corpse-mob" -> CORPSE_MOB;
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
