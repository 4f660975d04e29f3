package org.aden.game.network.server.target;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0xA6 MyTargetSelected (world-presence.md §9.3); aCis's shorter form without Mobius's trailing int. */
public record MyTargetSelected(int objectId, int color) implements ServerPacket {
    public static final int OPCODE = 0xA6;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(objectId).writeH(color);
    }
}
