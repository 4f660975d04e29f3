package org.aden.game.network.server.world;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0xCE RelationChanged (world-presence.md §3). */
public record RelationChanged(int objectId, int relation, boolean autoAttackable, int karma, int pvpFlag)
        implements ServerPacket {
    public static final int OPCODE = 0xCE;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE)
                .writeD(objectId)
                .writeD(relation)
                .writeD(autoAttackable ? 1 : 0)
                .writeD(karma)
                .writeD(pvpFlag);
    }
}
