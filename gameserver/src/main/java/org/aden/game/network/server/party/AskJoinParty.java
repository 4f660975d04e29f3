package org.aden.game.network.server.party;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x39 AskJoinParty: the invitation dialog (session-party §4.2). */
public record AskJoinParty(String requesterName, int lootType) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.ASK_JOIN_PARTY.opcode();

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeS(requesterName).writeD(lootType);
    }
}
