package org.aden.game.network.server.trade;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x1E TradeStart: opens the window with the partner and what this player may offer (items-extra §3.4). */
public record TradeStart(int partnerId, List<TradeItem> items) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.TRADE_START.opcode();

    public TradeStart {
        items = List.copyOf(items);
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(partnerId).writeH(items.size());
        items.forEach(i -> i.write(w));
    }
}
