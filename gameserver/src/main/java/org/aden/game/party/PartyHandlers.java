package org.aden.game.party;

import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.party.RequestAnswerJoinParty;
import org.aden.game.network.client.party.RequestChangePartyLeader;
import org.aden.game.network.client.party.RequestJoinParty;
import org.aden.game.network.client.party.RequestOustPartyMember;
import org.aden.game.network.client.party.RequestWithDrawalParty;
import org.aden.game.world.command.PlayerCommands;

/** Inviting, answering, leaving, expelling and handing over the lead. */
public final class PartyHandlers {
    private PartyHandlers() {}

    public static void register(OpcodeTables tables, PlayerCommands commands, Parties parties) {
        tables.state(ConnectionState.IN_GAME)
                .on(
                        RequestJoinParty.OPCODE,
                        "RequestJoinParty",
                        RequestJoinParty::read,
                        commands.handler("RequestJoinParty", parties::invite))
                .on(
                        RequestAnswerJoinParty.OPCODE,
                        "RequestAnswerJoinParty",
                        RequestAnswerJoinParty::read,
                        commands.handler("RequestAnswerJoinParty", parties::answer))
                .on(
                        RequestWithDrawalParty.OPCODE,
                        "RequestWithDrawalParty",
                        RequestWithDrawalParty::read,
                        commands.handler("RequestWithDrawalParty", (p, r) -> parties.leave(p)))
                .on(
                        RequestOustPartyMember.OPCODE,
                        "RequestOustPartyMember",
                        RequestOustPartyMember::read,
                        commands.handler("RequestOustPartyMember", (p, r) -> parties.oust(p, r.name())))
                .onExtended(
                        RequestChangePartyLeader.SUB_OPCODE,
                        "RequestChangePartyLeader",
                        RequestChangePartyLeader::read,
                        commands.handler("RequestChangePartyLeader", (p, r) -> parties.changeLeader(p, r.name())));
    }
}
