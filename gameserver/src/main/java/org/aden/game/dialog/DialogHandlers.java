package org.aden.game.dialog;

import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.npc.RequestBypassToServer;
import org.aden.game.network.client.npc.RequestLinkHtml;
import org.aden.game.world.command.PlayerCommands;

/** The NPC chat window's links. */
public final class DialogHandlers {
    private DialogHandlers() {}

    public static void register(OpcodeTables tables, PlayerCommands commands, NpcTalk talk) {
        tables.state(ConnectionState.IN_GAME)
                .on(
                        RequestBypassToServer.OPCODE,
                        "RequestBypassToServer",
                        RequestBypassToServer::read,
                        commands.handler("RequestBypassToServer", (pl, p) -> talk.bypass(pl, p.command())))
                .on(
                        RequestLinkHtml.OPCODE,
                        "RequestLinkHtml",
                        RequestLinkHtml::read,
                        commands.handler("RequestLinkHtml", (pl, p) -> talk.link(pl, p.link())));
    }
}
