package org.aden.game.network.server.action;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x2F ChangeWaitType: 0 sitting, 1 standing, 2/3 fake death (world-presence.md §8.2). */
public record ChangeWaitType(int objectId, int waitType, int x, int y, int z) implements ServerPacket {
    public static final int OPCODE = 0x2F;
    public static final int SITTING = 0;
    public static final int STANDING = 1;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(objectId).writeD(waitType).writeD(x).writeD(y).writeD(z);
    }
}
