package org.aden.game.network.server.henna;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0xE4 HennaInfo: no dyes yet (six zero bonuses, 3 slots, 0 dyes). */
public record HennaInfo() implements ServerPacket {
    public static final int OPCODE = 0xE4;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE)
                .writeC(0)
                .writeC(0)
                .writeC(0)
                .writeC(0)
                .writeC(0)
                .writeC(0)
                .writeD(3)
                .writeD(0);
    }
}
