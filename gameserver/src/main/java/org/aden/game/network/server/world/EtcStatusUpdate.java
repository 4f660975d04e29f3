package org.aden.game.network.server.world;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0xF3 EtcStatusUpdate: charges, weight penalty, chat ban, danger area, grade penalty, charm, death penalty. */
public record EtcStatusUpdate(int weightPenalty) implements ServerPacket {
    public static final int OPCODE = 0xF3;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE)
                .writeD(0)
                .writeD(weightPenalty)
                .writeD(0)
                .writeD(0)
                .writeD(0)
                .writeD(0)
                .writeD(0);
    }
}
