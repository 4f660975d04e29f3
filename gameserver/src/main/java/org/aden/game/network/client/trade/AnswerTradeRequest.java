package org.aden.game.network.client.trade;

import org.aden.common.net.PacketReader;

/** C→S 0x44 AnswerTradeRequest: 1 accepts the trade request shown, anything else declines (items-extra §3.2). */
public record AnswerTradeRequest(int response) {
    public static final int OPCODE = 0x44;

    public static AnswerTradeRequest read(PacketReader r) {
        return new AnswerTradeRequest(r.readD());
    }

    public boolean accepted() {
        return response == 1;
    }
}
