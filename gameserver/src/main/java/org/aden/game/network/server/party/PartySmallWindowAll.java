package org.aden.game.network.server.party;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x4E PartySmallWindowAll: the whole party but the recipient, to a new member (session-party §4.6). */
public record PartySmallWindowAll(int leaderObjectId, int lootType, List<PartyMember> members) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.PARTY_SMALL_WINDOW_ALL.opcode();

    public PartySmallWindowAll {
        members = List.copyOf(members);
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(leaderObjectId).writeD(lootType).writeD(members.size());
        for (PartyMember m : members) {
            // aCis' Interlude entry: no later-chronicle summon block (the reference's recommendation)
            w.writeD(m.objectId()).writeS(m.name());
            w.writeD(m.curCp()).writeD(m.maxCp()).writeD(m.curHp()).writeD(m.maxHp());
            w.writeD(m.curMp()).writeD(m.maxMp()).writeD(m.level()).writeD(m.classId());
            w.writeD(0).writeD(m.race());
        }
    }
}
