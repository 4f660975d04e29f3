package org.aden.game.item;

import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.item.RequestItemList;
import org.aden.game.world.command.PlayerCommands;

/** Opening the inventory. */
public final class ItemHandlers {
    private ItemHandlers() {}

    public static void register(OpcodeTables tables, PlayerCommands commands) {
        tables.state(ConnectionState.IN_GAME)
                .on(
                        RequestItemList.OPCODE,
                        "RequestItemList",
                        RequestItemList::read,
                        commands.handler(
                                "RequestItemList",
                                (pl, p) -> pl.send(Inventory.of(pl).itemList(true))));
    }
}
