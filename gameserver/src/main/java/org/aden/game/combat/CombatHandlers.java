package org.aden.game.combat;

import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.combat.AttackRequest;
import org.aden.game.network.client.combat.RequestRestartPoint;
import org.aden.game.world.command.PlayerCommands;

/** Attacking (AttackRequest; a second Action comes through PlayerActions' interaction) and restarting after death. */
public final class CombatHandlers {
    private CombatHandlers() {}

    public static void register(OpcodeTables tables, PlayerCommands commands, Combat combat, Deaths deaths) {
        tables.state(ConnectionState.IN_GAME)
                .on(
                        AttackRequest.OPCODE,
                        "AttackRequest",
                        AttackRequest::read,
                        commands.handler(
                                "AttackRequest",
                                (p, r) -> combat.playerForcesAttack(
                                        p, combat.world().object(r.objectId()))))
                .on(
                        RequestRestartPoint.OPCODE,
                        "RequestRestartPoint",
                        RequestRestartPoint::read,
                        commands.handler("RequestRestartPoint", (p, r) -> deaths.restart(p, r.pointType())));
    }
}
