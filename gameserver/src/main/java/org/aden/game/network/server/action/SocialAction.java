package org.aden.game.network.server.action;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x2D SocialAction (world-presence.md §8.4). */
public record SocialAction(int objectId, int actionId) implements ServerPacket {
    public static final int OPCODE = 0x2D;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(objectId).writeD(actionId);
    }
}
