package org.aden.game.network.client.skill;

import org.aden.common.net.PacketReader;

/** C→S 0x2F: cast a learned skill (d skillId, d ctrl as int32, c shift); world-combat-skills.md §2.1. */
public record RequestMagicSkillUse(int skillId, boolean ctrlPressed, boolean shiftPressed) {
    public static final int OPCODE = 0x2F;

    public static RequestMagicSkillUse read(PacketReader r) {
        return new RequestMagicSkillUse(r.readD(), r.readD() != 0, r.readC() != 0);
    }
}
