package org.aden.game.network.server.skill;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x8E AcquireSkillDone: empty body; closes the learning window (world-combat-skills.md §4.7). */
public record AcquireSkillDone() implements ServerPacket {
    public static final int OPCODE = ServerOpcode.ACQUIRE_SKILL_DONE.opcode();
    public static final AcquireSkillDone INSTANCE = new AcquireSkillDone();

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE);
    }
}
