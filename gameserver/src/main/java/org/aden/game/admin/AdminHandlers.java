package org.aden.game.admin;

import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.admin.SendBypassBuildCmd;
import org.aden.game.world.command.PlayerCommands;

/** The client's builder command packet; the access check is the registry's. */
public final class AdminHandlers {
    private AdminHandlers() {}

    public static void register(OpcodeTables tables, PlayerCommands commands, AdminCommands admin) {
        tables.state(ConnectionState.IN_GAME)
                .on(
                        SendBypassBuildCmd.OPCODE,
                        "SendBypassBuildCmd",
                        SendBypassBuildCmd::read,
                        commands.handler("SendBypassBuildCmd", (pl, p) -> admin.handle(pl, p.command())));
    }
}
