package org.aden.game.shop;

import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.multisell.MultiSellChoose;
import org.aden.game.network.client.shop.RequestBuyItem;
import org.aden.game.network.client.shop.RequestSellItem;
import org.aden.game.world.command.PlayerCommands;

/** The client's answers to a merchant's BuyList, SellList and MultiSellList windows. */
public final class ShopHandlers {
    private ShopHandlers() {}

    public static void register(OpcodeTables tables, PlayerCommands commands, Shops shops, Exchanges exchanges) {
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
                        commands.handler("RequestSellItem", shops::sell))
                .on(
                        MultiSellChoose.OPCODE,
                        "MultiSellChoose",
                        MultiSellChoose::read,
                        commands.handler("MultiSellChoose", exchanges::choose));
    }
}
