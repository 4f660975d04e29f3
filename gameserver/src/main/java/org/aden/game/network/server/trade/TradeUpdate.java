package org.aden.game.network.server.trade;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/**
 * S→C 0x74 TradeUpdate: what is left in the bag of each item this player offers, for the window's own pane
 * (items-extra §3.6): mode 3 for a stack with some left, else 2 with a count of 1.
 */
public record TradeUpdate(List<TradeItem> left, List<Boolean> stackable) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.TRADE_UPDATE.opcode();

    public TradeUpdate {
        left = List.copyOf(left);
        stackable = List.copyOf(stackable);
        if (left.size() != stackable.size()) {
            throw new IllegalArgumentException("one stackable flag per item");
        }
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeH(left.size());
        for (int k = 0; k < left.size(); k++) {
            TradeItem i = left.get(k);
            boolean some = stackable.get(k) && i.count() > 0;
            w.writeH(some ? 3 : 2);
            (some ? i : i.withCount(1)).write(w);
        }
    }
}
