package org.aden.game.network.server.party;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x51 PartySmallWindowDelete: one member left, to the others (session-party §4.9). */
public record PartySmallWindowDelete(int objectId, String name) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.PARTY_SMALL_WINDOW_DELETE.opcode();

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(objectId).writeS(name);
    }
}
