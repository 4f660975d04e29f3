package org.aden.game.network.server.world;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x7F AbnormalStatusUpdate with no effects. */
public record AbnormalStatusUpdate() implements ServerPacket {
    public static final int OPCODE = 0x7F;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeH(0);
    }
}
