package org.aden.game.network.server.skill;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/**
 * S→C 0x8A AcquireSkillList: the skills a trainer can teach now (world-combat-skills.md §4.3): d skill type, d count,
 * 20-byte entries (d id, d next level, d max level = next level as both servers send, d SP, d requirements 0).
 * Never sent empty (SystemMessage 607/750 and AcquireSkillDone instead).
 */
public record AcquireSkillList(int skillType, List<Entry> skills) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.ACQUIRE_SKILL_LIST.opcode();
    /** Class (normal) skills; 2 would be clan skills. */
    public static final int CLASS = 0;
    /** The fishermen's skills. */
    public static final int FISHING = 1;

    public AcquireSkillList {
        skills = List.copyOf(skills);
    }

    /** One learnable skill level and its SP. */
    public record Entry(int skillId, int level, int sp) {}

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(skillType).writeD(skills.size());
        for (Entry e : skills) {
            w.writeD(e.skillId())
                    .writeD(e.level())
                    .writeD(e.level())
                    .writeD(e.sp())
                    .writeD(0);
        }
    }
}
