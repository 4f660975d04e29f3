package org.aden.game.combat;

/** How much hate a monster takes from what players do to it or near it. */
public final class Hate {
    /** A player walking into an aggressive monster's aggro range (Mobius Attackable.addDamageHate with 0 aggro). */
    static final long AGGRO = 1;

    private Hate() {}

    /** Mobius Interlude Attackable.addDamage: the hate of a hit is damage × 100 / (monster level + 7). */
    public static long ofDamage(long damage, int monsterLevel) {
        return damage * 100 / Math.max(1, monsterLevel + 7);
    }

    /** Mobius Creature.callSkill: an offensive skill on a monster adds minus its (negative) effect point. */
    public static long ofSkill(double effectPoint) {
        return effectPoint < 0 ? Math.round(-effectPoint) : 0;
    }

    /**
     * Mobius Creature.callSkill (a monster sees a skill): a friendly skill (positive effect point) on the monster's
     * target makes the caster hated by effect point × 150 / (monster level + 7).
     */
    public static long ofSupport(double effectPoint, int monsterLevel) {
        return effectPoint > 0 ? Math.round(effectPoint) * 150 / Math.max(1, monsterLevel + 7) : 0;
    }
}
