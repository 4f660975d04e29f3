package org.aden.game.network.server.skill;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x48 MagicSkillUse: a cast begins (world-combat-skills.md §2.2), sent with flagCount 0. */
public record MagicSkillUse(
        int casterId,
        int targetId,
        int skillId,
        int skillLevel,
        int hitTime,
        int reuseDelay,
        int casterX,
        int casterY,
        int casterZ,
        int targetX,
        int targetY,
        int targetZ)
        implements ServerPacket {
    public static final int OPCODE = ServerOpcode.MAGIC_SKILL_USE.opcode();

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE)
                .writeD(casterId)
                .writeD(targetId)
                .writeD(skillId)
                .writeD(skillLevel)
                .writeD(hitTime)
                .writeD(reuseDelay)
                .writeD(casterX)
                .writeD(casterY)
                .writeD(casterZ)
                .writeD(0) // flagCount: no "critical"/"success" flag
                .writeD(targetX)
                .writeD(targetY)
                .writeD(targetZ);
    }
}
