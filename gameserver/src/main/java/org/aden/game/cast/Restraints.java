package org.aden.game.cast;

import org.aden.game.actor.Creature;

/**
 * What each control effect forbids (Interlude, as Mobius and aCis have it): stun, sleep and paralysis stop moving,
 * attacking and every skill; root stops moving only; fear takes the control away (the creature runs from the
 * caster) and stops attacking and skills; silence (mute) stops magic; an immobile buff (Ultimate Defense) holds
 * the caster in place. Sleep is broken by damage through the skill's {@code removed-on-damage}.
 */
final class Restraints {
    private static final int ALL =
            Creature.NO_MOVE | Creature.NO_ATTACK | Creature.NO_MAGIC | Creature.NO_PHYSICAL_SKILL;

    private Restraints() {}

    static int of(String effect) {
        return switch (effect) {
            case "stun", "sleep", "paralyze" -> ALL;
            case "root", "immobile-buff" -> Creature.NO_MOVE;
            case "fear" -> ALL | Creature.AFRAID;
            case "mute" -> Creature.NO_MAGIC;
            default -> 0;
        };
    }

    /** Whether a creature under these restraints may use the skill now. */
    static boolean mayUse(Creature c, boolean magic) {
        int forbidden = magic ? Creature.NO_MAGIC : Creature.NO_PHYSICAL_SKILL;
        return (c.restraints() & forbidden) == 0;
    }
}
