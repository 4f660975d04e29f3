package org.aden.game.network.server.skill;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x58 SkillList: d count and 13-byte entries as Mobius and aCis (world-combat-skills.md §4.2). */
public record SkillList(List<Entry> skills) implements ServerPacket {
    public static final int OPCODE = 0x58;

    public SkillList {
        skills = List.copyOf(skills);
    }

    /** One learned skill. */
    public record Entry(int skillId, int level, boolean passive) {}

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(skills.size());
        for (Entry s : skills) {
            w.writeD(s.passive() ? 1 : 0).writeD(s.level()).writeD(s.skillId()).writeC(0);
        }
    }
}
