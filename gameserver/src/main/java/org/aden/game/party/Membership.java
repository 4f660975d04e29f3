package org.aden.game.party;

import org.aden.game.actor.Player;
import org.aden.game.network.server.party.PartyMember;

/** A player's side of parties: the one it is in, an invitation it was sent or sent. A component; world thread. */
final class Membership {
    Party party;
    /** Who invited this player, until it answers or the invitation expires. */
    Player invitedBy;

    long invitationExpires;
    int invitedLootType;
    /** Whom this player invited and has not heard from yet. */
    Player invitee;
    /** What the other members' windows last showed of this player. */
    PartyMember shown;

    static Membership of(Player p) {
        return p.component(Membership.class, Membership::new);
    }
}
