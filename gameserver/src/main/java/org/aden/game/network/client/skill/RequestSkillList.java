package org.aden.game.network.client.skill;

import org.aden.common.net.PacketReader;

/** C→S 0x3F: the skill window opened; answered with SkillList. Empty body. */
public record RequestSkillList() {
    public static final int OPCODE = 0x3F;
    private static final RequestSkillList INSTANCE = new RequestSkillList();

    public static RequestSkillList read(PacketReader r) {
        return INSTANCE;
    }
}
