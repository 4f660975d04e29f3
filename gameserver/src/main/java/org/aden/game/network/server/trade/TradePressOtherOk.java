package org.aden.game.network.server.trade;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x7C, opcode only: the partner confirmed the trade (items-extra §3.7; REF's TradeOtherDone). */
public record TradePressOtherOk() implements ServerPacket {
    public static final int OPCODE = ServerOpcode.TRADE_PRESS_OTHER_OK.opcode();
    public static final TradePressOtherOk INSTANCE = new TradePressOtherOk();

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE);
    }
}
