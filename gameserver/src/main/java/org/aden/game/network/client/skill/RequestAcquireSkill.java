package org.aden.game.network.client.skill;

import org.aden.common.net.PacketReader;

/** C→S 0x6C: learn this skill level (d id, d level, d skill type); world-combat-skills.md §4.6. */
public record RequestAcquireSkill(int skillId, int level, int skillType) {
    public static final int OPCODE = 0x6C;

    public static RequestAcquireSkill read(PacketReader r) {
        return new RequestAcquireSkill(r.readD(), r.readD(), r.readD());
    }
}
