package org.aden.game.network.server.party;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x3A JoinParty: the invited player's answer, to the inviter (session-party §4.4). */
public record JoinParty(int response) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.JOIN_PARTY.opcode();

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(response);
    }
}
