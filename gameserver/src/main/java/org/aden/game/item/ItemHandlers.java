package org.aden.game.item;

import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.item.RequestItemList;
import org.aden.game.network.client.trade.TradeRequest;
import org.aden.game.network.server.system.ActionFailed;
import org.aden.game.world.command.PlayerCommands;

/** Opening the inventory (and TradeRequest until trading exists). */
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
                                (pl, p) -> pl.send(Inventory.of(pl).itemList(true))))
                .on(
                        TradeRequest.OPCODE,
                        "TradeRequest",
                        TradeRequest::read,
                        commands.handler("TradeRequest", (pl, p) -> {
                            if (p.inventoryRequest()) { // TS client's bare 0x15 means "open inventory" (D9)
                                pl.send(Inventory.of(pl).itemList(true));
                            } else {
                                pl.send(ActionFailed.INSTANCE); // trading is not implemented yet: unlock the client
                            }
                        }));
    }
}
