package org.aden.game.network.client.skill;

import org.aden.common.net.PacketReader;

/** C→S 0x6B: what learning this skill level costs (d id, d level, d skill type); world-combat-skills.md §4.4. */
public record RequestAcquireSkillInfo(int skillId, int level, int skillType) {
    public static final int OPCODE = 0x6B;

    public static RequestAcquireSkillInfo read(PacketReader r) {
        return new RequestAcquireSkillInfo(r.readD(), r.readD(), r.readD());
    }
}
