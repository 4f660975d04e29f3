package org.aden.game.trade;

import org.aden.game.actor.Player;

/** A player's part in trading: the request it waits to answer and the open trade. World thread only. */
final class Dealing {
    /** Who asked this player to trade, until {@link #askedUntil}. */
    Player askedBy;

    long askedUntil;

    Trade trade;

    static Dealing of(Player p) {
        return p.component(Dealing.class, Dealing::new);
    }

    boolean waitsForAnswer(long now) {
        return askedBy != null && now < askedUntil;
    }
}
