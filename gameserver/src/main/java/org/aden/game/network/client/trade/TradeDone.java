package org.aden.game.network.client.trade;

import org.aden.common.net.PacketReader;

/** C→S 0x17 TradeDone: 1 confirms the trade (the OK button), anything else cancels it (items-extra §3.2). */
public record TradeDone(int response) {
    public static final int OPCODE = 0x17;

    public static TradeDone read(PacketReader r) {
        return new TradeDone(r.readD());
    }

    public boolean confirmed() {
        return response == 1;
    }
}
