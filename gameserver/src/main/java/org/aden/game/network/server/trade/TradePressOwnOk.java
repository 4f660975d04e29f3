package org.aden.game.network.server.trade;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x75, opcode only: this player's confirmation was taken (items-extra §3.7). */
public record TradePressOwnOk() implements ServerPacket {
    public static final int OPCODE = ServerOpcode.TRADE_PRESS_OWN_OK.opcode();
    public static final TradePressOwnOk INSTANCE = new TradePressOwnOk();

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE);
    }
}
