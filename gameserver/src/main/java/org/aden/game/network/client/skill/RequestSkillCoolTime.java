package org.aden.game.network.client.skill;

import org.aden.common.net.PacketReader;

/** C→S 0x9D: answered with SkillCoolTime, before or after EnterWorld. Empty body. */
public record RequestSkillCoolTime() {
    public static final int OPCODE = 0x9D;
    private static final RequestSkillCoolTime INSTANCE = new RequestSkillCoolTime();

    public static RequestSkillCoolTime read(PacketReader r) {
        return INSTANCE;
    }
}
