package org.aden.game.manor;

import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.manor.RequestManorList;
import org.aden.game.network.server.manor.ExSendManorList;
import org.aden.game.world.command.PlayerCommands;

/** The manor list the client asks for in game, answered on the world thread in world-out order. */
public final class ManorHandlers {
    private ManorHandlers() {}

    public static void register(OpcodeTables tables, PlayerCommands commands) {
        tables.state(ConnectionState.IN_GAME)
                .onExtended(
                        RequestManorList.SUB_OPCODE,
                        "RequestManorList",
                        RequestManorList::read,
                        commands.handler("RequestManorList", (pl, p) -> pl.send(ExSendManorList.INTERLUDE)));
    }
}
