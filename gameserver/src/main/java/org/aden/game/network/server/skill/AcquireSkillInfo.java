package org.aden.game.network.server.skill;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/**
 * S→C 0x8B AcquireSkillInfo (world-combat-skills.md §4.5): d id, d level, d SP, d skill type (the request's), d count
 * of requirements, each d type (99 a spellbook of a class skill), d item id, d count (aCis's int32: Interlude counts
 * are 32-bit; Mobius's int64 is the disagreement the reference names), d 50 with type 99 (else 0).
 */
public record AcquireSkillInfo(int skillId, int level, int sp, int skillType, List<Requirement> requirements)
        implements ServerPacket {
    public static final int OPCODE = ServerOpcode.ACQUIRE_SKILL_INFO.opcode();
    /** The requirement type of a class skill's spellbook. */
    public static final int SPELLBOOK = 99;
    /** The requirement type of a fishing skill's item (adena, books). */
    public static final int FISHING_ITEM = 4;

    public AcquireSkillInfo {
        requirements = List.copyOf(requirements);
    }

    /** One item that learning takes. */
    public record Requirement(int type, int itemId, int count) {}

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE)
                .writeD(skillId)
                .writeD(level)
                .writeD(sp)
                .writeD(skillType)
                .writeD(requirements.size());
        for (Requirement r : requirements) {
            w.writeD(r.type()).writeD(r.itemId()).writeD(r.count()).writeD(r.type() == SPELLBOOK ? 50 : 0);
        }
    }
}
