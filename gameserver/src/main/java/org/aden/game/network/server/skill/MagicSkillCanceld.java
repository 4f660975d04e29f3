package org.aden.game.network.server.skill;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0x49 MagicSkillCanceld (the reference's spelling): the caster's cast was aborted (§2.4). */
public record MagicSkillCanceld(int casterId) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.MAGIC_SKILL_CANCELD.opcode();

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(casterId);
    }
}
