package org.aden.game.action;

import org.aden.game.move.PlayerActions;
import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.action.BypassUserCmd;
import org.aden.game.network.client.action.RequestActionUse;
import org.aden.game.network.client.action.RequestChangeWaitType;
import org.aden.game.network.client.action.RequestSocialAction;
import org.aden.game.network.server.system.ActionFailed;
import org.aden.game.network.server.system.SystemMessage;
import org.aden.game.world.command.PlayerCommands;

/** The action bar and user commands: sit/stand, walk/run, social actions, /loc. */
public final class ActionHandlers {
    private ActionHandlers() {}

    public static void register(OpcodeTables tables, PlayerCommands commands, PlayerActions actions) {
        tables.state(ConnectionState.IN_GAME)
                .on(
                        RequestActionUse.OPCODE,
                        "RequestActionUse",
                        RequestActionUse::read,
                        commands.handler("RequestActionUse", (pl, p) -> {
                            switch (p.actionId()) {
                                case RequestActionUse.SIT_STAND -> actions.setSitting(pl, !pl.isSitting());
                                case RequestActionUse.WALK_RUN -> actions.setRunning(pl, !pl.isRunning());
                                default -> pl.send(ActionFailed.INSTANCE); // stores, pets, mounts: later issues
                            }
                        }))
                .on(
                        RequestChangeWaitType.OPCODE,
                        "RequestChangeWaitType",
                        RequestChangeWaitType::read,
                        commands.handler("RequestChangeWaitType", (pl, p) -> actions.setSitting(pl, !p.stand())))
                .on(
                        RequestSocialAction.OPCODE,
                        "RequestSocialAction",
                        RequestSocialAction::read,
                        commands.handler("RequestSocialAction", (pl, p) -> actions.social(pl, p.actionId())))
                .on(
                        BypassUserCmd.OPCODE,
                        "BypassUserCmd",
                        BypassUserCmd::read,
                        commands.handler("BypassUserCmd", (pl, p) -> {
                            if (p.commandId() == BypassUserCmd.LOC) {
                                pl.send(SystemMessage.freeText(
                                        "Current location: " + pl.x() + ", " + pl.y() + ", " + pl.z()));
                            }
                        }));
    }
}
