package org.aden.game.combat;

import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;

/** What a kill leaves on the ground. */
public interface Drops {
    void drop(Npc npc, Player killer);

    Drops NONE = (n, p) -> {};
}
