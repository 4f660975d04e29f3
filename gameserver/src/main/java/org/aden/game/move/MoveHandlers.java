package org.aden.game.move;

import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.move.Appearing;
import org.aden.game.network.client.move.CannotMoveAnymore;
import org.aden.game.network.client.move.MoveBackwardToLocation;
import org.aden.game.network.client.move.RequestChangeMoveType;
import org.aden.game.network.client.move.ValidatePosition;
import org.aden.game.world.command.PlayerCommands;

/** The movement packets of the IN_GAME state: walking, position checks, gait, arriving after a teleport. */
public final class MoveHandlers {
    private MoveHandlers() {}

    public static void register(
            OpcodeTables tables, PlayerCommands commands, PlayerActions actions, Teleports teleports) {
        tables.state(ConnectionState.IN_GAME)
                .on(
                        MoveBackwardToLocation.OPCODE,
                        "MoveBackwardToLocation",
                        MoveBackwardToLocation::read,
                        commands.handler(
                                "MoveBackwardToLocation",
                                (pl, p) -> actions.moveTo(pl, p.targetX(), p.targetY(), p.targetZ())))
                .on(
                        ValidatePosition.OPCODE,
                        "ValidatePosition",
                        ValidatePosition::read,
                        commands.handler(
                                "ValidatePosition",
                                (pl, p) -> actions.validatePosition(pl, p.x(), p.y(), p.z(), p.heading())))
                .on(
                        CannotMoveAnymore.OPCODE,
                        "CannotMoveAnymore",
                        CannotMoveAnymore::read,
                        commands.handler("CannotMoveAnymore", (pl, p) -> actions.blocked(pl, p.heading())))
                .on(
                        RequestChangeMoveType.OPCODE,
                        "RequestChangeMoveType",
                        RequestChangeMoveType::read,
                        commands.handler("RequestChangeMoveType", (pl, p) -> actions.setRunning(pl, p.run())))
                .on(
                        Appearing.OPCODE,
                        "Appearing",
                        Appearing::read,
                        commands.handler("Appearing", (pl, p) -> teleports.appeared(pl)));
    }
}
