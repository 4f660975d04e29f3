package org.aden.game.network.server.party;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x50 PartySmallWindowDeleteAll: clears the party window (session-party §4.9). */
public record PartySmallWindowDeleteAll() implements ServerPacket {
    public static final int OPCODE = ServerOpcode.PARTY_SMALL_WINDOW_DELETE_ALL.opcode();
    public static final PartySmallWindowDeleteAll INSTANCE = new PartySmallWindowDeleteAll();

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE);
    }
}
