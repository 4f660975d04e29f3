package org.aden.game.trade;

import org.aden.game.item.Inventory;
import org.aden.game.network.ConnectionState;
import org.aden.game.network.OpcodeTables;
import org.aden.game.network.client.trade.AddTradeItem;
import org.aden.game.network.client.trade.AnswerTradeRequest;
import org.aden.game.network.client.trade.TradeDone;
import org.aden.game.network.client.trade.TradeRequest;
import org.aden.game.world.command.PlayerCommands;

/** Asking to trade, answering, offering items and confirming or cancelling. */
public final class TradeHandlers {
    private TradeHandlers() {}

    public static void register(OpcodeTables tables, PlayerCommands commands, Trades trades) {
        tables.state(ConnectionState.IN_GAME)
                .on(
                        TradeRequest.OPCODE,
                        "TradeRequest",
                        TradeRequest::read,
                        commands.handler("TradeRequest", (p, r) -> {
                            if (r.inventoryRequest()) { // TS client's bare 0x15 means "open inventory" (D9)
                                p.send(Inventory.of(p).itemList(true));
                            } else {
                                trades.request(p, r.targetObjectId());
                            }
                        }))
                .on(
                        AnswerTradeRequest.OPCODE,
                        "AnswerTradeRequest",
                        AnswerTradeRequest::read,
                        commands.handler("AnswerTradeRequest", trades::answer))
                .on(
                        AddTradeItem.OPCODE,
                        "AddTradeItem",
                        AddTradeItem::read,
                        commands.handler("AddTradeItem", trades::add))
                .on(TradeDone.OPCODE, "TradeDone", TradeDone::read, commands.handler("TradeDone", trades::done));
    }
}
