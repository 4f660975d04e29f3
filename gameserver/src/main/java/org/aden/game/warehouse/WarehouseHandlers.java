package org.aden.game.warehouse;

import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.warehouse.SendWareHouseDepositList;
import org.aden.game.network.client.warehouse.SendWareHouseWithDrawList;
import org.aden.game.world.command.PlayerCommands;

/** The client's answers to the warehouse windows. */
public final class WarehouseHandlers {
    private WarehouseHandlers() {}

    public static void register(OpcodeTables tables, PlayerCommands commands, Warehouses warehouses) {
        tables.state(ConnectionState.IN_GAME)
                .on(
                        SendWareHouseDepositList.OPCODE,
                        "SendWareHouseDepositList",
                        SendWareHouseDepositList::read,
                        commands.handler("SendWareHouseDepositList", warehouses::deposit))
                .on(
                        SendWareHouseWithDrawList.OPCODE,
                        "SendWareHouseWithDrawList",
                        SendWareHouseWithDrawList::read,
                        commands.handler("SendWareHouseWithDrawList", warehouses::withdraw));
    }
}
