package org.aden.game.network.server.trade;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x21 TradeOtherAdd: an item the partner put into the trade (items-extra §3.5). */
public record TradeOtherAdd(TradeItem item) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.TRADE_OTHER_ADD.opcode();

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeH(1);
        item.write(w);
    }
}
