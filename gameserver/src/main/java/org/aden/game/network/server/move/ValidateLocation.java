package org.aden.game.network.server.move;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x61 ValidateLocation: forces the client's idea of an object's position (world-presence.md §6.5). */
public record ValidateLocation(int objectId, int x, int y, int z, int heading) implements ServerPacket {
    public static final int OPCODE = 0x61;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(objectId).writeD(x).writeD(y).writeD(z).writeD(heading);
    }
}
