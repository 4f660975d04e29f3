package org.aden.game.combat;

import org.aden.game.actor.Npc;
import org.aden.game.actor.Player;

/** What a kill leaves on the ground; {@code owner} is the player who dealt the most damage (or the killer). */
public interface Drops {
    void drop(Npc npc, Player owner);

    Drops NONE = (n, p) -> {};
}
