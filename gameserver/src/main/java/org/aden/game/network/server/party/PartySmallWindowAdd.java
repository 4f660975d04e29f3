package org.aden.game.network.server.party;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x4F PartySmallWindowAdd: a new member, to the others (session-party §4.7). */
public record PartySmallWindowAdd(int leaderObjectId, int lootType, PartyMember member) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.PARTY_SMALL_WINDOW_ADD.opcode();

    @Override
    public void write(PacketWriter w) {
        PartyMember m = member;
        w.writeC(OPCODE).writeD(leaderObjectId).writeD(lootType);
        w.writeD(m.objectId()).writeS(m.name());
        w.writeD(m.curCp()).writeD(m.maxCp()).writeD(m.curHp()).writeD(m.maxHp());
        w.writeD(m.curMp()).writeD(m.maxMp()).writeD(m.level()).writeD(m.classId());
        w.writeD(0).writeD(0);
    }
}
