package org.aden.game.network.server.skill;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0xC1 SkillCoolTime, nothing on reuse (world-session-party.md §2.3). */
public record SkillCoolTime() implements ServerPacket {
    public static final int OPCODE = 0xC1;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(0);
    }
}
