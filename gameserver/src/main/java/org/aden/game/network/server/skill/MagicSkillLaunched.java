package org.aden.game.network.server.skill;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x76 MagicSkillLaunched: the cast completed and takes effect on these targets (§2.3). */
public record MagicSkillLaunched(int casterId, int skillId, int skillLevel, List<Integer> targetIds)
        implements ServerPacket {
    public static final int OPCODE = ServerOpcode.MAGIC_SKILL_LAUNCHED.opcode();

    public MagicSkillLaunched {
        targetIds = List.copyOf(targetIds);
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(casterId).writeD(skillId).writeD(skillLevel).writeD(targetIds.size());
        for (int id : targetIds) {
            w.writeD(id);
        }
    }
}
