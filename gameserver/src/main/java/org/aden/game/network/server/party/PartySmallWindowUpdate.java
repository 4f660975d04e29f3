package org.aden.game.network.server.party;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x52 PartySmallWindowUpdate: a member's bars, level or class changed (session-party §4.8). */
public record PartySmallWindowUpdate(PartyMember member) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.PARTY_SMALL_WINDOW_UPDATE.opcode();

    @Override
    public void write(PacketWriter w) {
        PartyMember m = member;
        w.writeC(OPCODE).writeD(m.objectId()).writeS(m.name());
        w.writeD(m.curCp()).writeD(m.maxCp()).writeD(m.curHp()).writeD(m.maxHp());
        w.writeD(m.curMp()).writeD(m.maxMp()).writeD(m.level()).writeD(m.classId());
    }
}
