package org.aden.game.target;

import org.aden.game.move.PlayerActions;
import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.target.Action;
import org.aden.game.network.client.target.RequestTargetCanceld;
import org.aden.game.world.command.PlayerCommands;

/** Selecting and dropping a target (left click, Esc). */
public final class TargetHandlers {
    private TargetHandlers() {}

    public static void register(OpcodeTables tables, PlayerCommands commands, PlayerActions actions) {
        tables.state(ConnectionState.IN_GAME)
                .on(
                        Action.OPCODE,
                        "Action",
                        Action::read,
                        commands.handler("Action", (pl, p) -> actions.action(pl, p.objectId())))
                .on(
                        RequestTargetCanceld.OPCODE,
                        "RequestTargetCanceld",
                        RequestTargetCanceld::read,
                        commands.handler("RequestTargetCanceld", (pl, p) -> actions.cancelTarget(pl)));
    }
}
