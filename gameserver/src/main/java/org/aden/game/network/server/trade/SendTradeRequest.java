package org.aden.game.network.server.trade;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x5E SendTradeRequest: who asks to trade; the client shows the accept/decline dialog (items-extra §3.3). */
public record SendTradeRequest(int requesterId) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.SEND_TRADE_REQUEST.opcode();

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(requesterId);
    }
}
