package org.aden.game.network.server.world;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0xF3 EtcStatusUpdate: charges, weight penalty, chat ban, danger area, grade penalty, charm, death penalty. */
public record EtcStatusUpdate(int weightPenalty, boolean gradePenalty) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.ETC_STATUS_UPDATE.opcode();

    public EtcStatusUpdate(int weightPenalty) {
        this(weightPenalty, false);
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE)
                .writeD(0) // force charges
                .writeD(weightPenalty)
                .writeD(0) // chat blocked
                .writeD(0) // danger area
                .writeD(gradePenalty ? 1 : 0) // Mobius: 1 while any grade penalty applies
                .writeD(0) // charm of courage
                .writeD(0); // death penalty level
    }
}
