package org.aden.game.network.server.trade;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x20 TradeOwnAdd: an item this player put into the trade, with the count offered (items-extra §3.5). */
public record TradeOwnAdd(TradeItem item) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.TRADE_OWN_ADD.opcode();

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeH(1);
        item.write(w);
    }
}
