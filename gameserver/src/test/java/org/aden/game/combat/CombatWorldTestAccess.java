package org.aden.game.combat;

import org.aden.game.actor.CharacterStats;

/** Lets tests of other packages make a character that survives a long fight. */
public final class CombatWorldTestAccess {
    private CombatWorldTestAccess() {}

    /** The same stats with 100 000 HP. */
    public static CharacterStats tough(CharacterStats s) {
        return CombatWorldTest.withPAtk(s, s.pAtk(), 100000);
    }
}
