package org.aden.game.shot;

import org.aden.game.actor.Creature;

/**
 * What a charged weapon adds to the next blow, as combat/ and cast/ ask for it (world thread). Each call uses the
 * charge up (recharging first from an auto-used shot).
 */
public interface ShotBoost {
    /**
     * Before a melee swing: whether a soulshot fires (P.Atk doubled) and with which weapon grade.
     *
     * @return 0 for none, else the Attack flag bits 0x10 | grade (world-combat-skills.md §1.3)
     */
    int takeSoulshot(Creature attacker);

    /** When a magic skill lands: the M.Atk multiplier, 1 without a charge, 2 for a spiritshot, 4 for a blessed one. */
    int takeSpiritshot(Creature caster);

    ShotBoost NONE = new ShotBoost() {
        @Override
        public int takeSoulshot(Creature attacker) {
            return 0;
        }

        @Override
        public int takeSpiritshot(Creature caster) {
            return 1;
        }
    };

    /** The Attack flag for a soulshot (its low bits carry the grade). */
    int SOULSHOT_FLAG = 0x10;
}
