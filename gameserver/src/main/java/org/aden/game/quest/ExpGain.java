package org.aden.game.quest;

import org.aden.game.actor.Player;

/** What a quest's exp/SP reward goes through (the same level-up rules as kills: combat's Deaths.gain). */
@FunctionalInterface
public interface ExpGain {
    void gain(Player p, long exp, int sp);
}
