package org.aden.game.combat;

import org.aden.game.actor.Creature;

/** Lets tests of other packages kill without a fight: the death as combat would report it. */
public final class TestKills {
    private TestKills() {}

    public static void kill(Deaths deaths, Creature dead, Creature killer) {
        deaths.died(dead, killer);
    }
}
