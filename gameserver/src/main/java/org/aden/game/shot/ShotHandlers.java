package org.aden.game.shot;

import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.item.RequestAutoSoulShot;
import org.aden.game.world.command.PlayerCommands;

/** RequestAutoSoulShot (UseItem on a shot reaches {@link Shots#use} through the equipment's other uses). */
public final class ShotHandlers {
    private ShotHandlers() {}

    public static void register(OpcodeTables tables, PlayerCommands commands, Shots shots) {
        tables.state(ConnectionState.IN_GAME)
                .onExtended(
                        RequestAutoSoulShot.SUB_OPCODE,
                        "RequestAutoSoulShot",
                        RequestAutoSoulShot::read,
                        commands.handler("RequestAutoSoulShot", (p, r) -> shots.auto(p, r.itemId(), r.on())));
    }
}
