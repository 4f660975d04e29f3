package org.aden.game.shop;

import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.shop.RequestBuyItem;
import org.aden.game.network.client.shop.RequestSellItem;
import org.aden.game.world.command.PlayerCommands;

/** The client's answers to a merchant's BuyList and SellList windows. */
public final class ShopHandlers {
    private ShopHandlers() {}

    public static void register(OpcodeTables tables, PlayerCommands commands, Shops shops) {
        tables.state(ConnectionState.IN_GAME)
                .on(
                        RequestBuyItem.OPCODE,
                        "RequestBuyItem",
                        RequestBuyItem::read,
                        commands.handler("RequestBuyItem", shops::buy))
                .on(
                        RequestSellItem.OPCODE,
                        "RequestSellItem",
                        RequestSellItem::read,
                        commands.handler("RequestSellItem", shops::sell));
    }
}
