package org.aden.game.network.server.trade;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x22 TradeDone (ACIS's SendTradeDone): the window closes; 1 the trade was made, 0 it was cancelled. */
public record SendTradeDone(int result) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.SEND_TRADE_DONE.opcode();
    public static final SendTradeDone DONE = new SendTradeDone(1);
    public static final SendTradeDone CANCELLED = new SendTradeDone(0);

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(result);
    }
}
