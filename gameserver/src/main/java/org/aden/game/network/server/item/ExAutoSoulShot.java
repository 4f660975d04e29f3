package org.aden.game.network.server.item;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/** S→C 0xFE:0012 ExAutoSoulShot: d shot item id, d 1 on / 0 off (world-combat-skills.md §7). */
public record ExAutoSoulShot(int itemId, boolean on) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.EX_AUTO_SOUL_SHOT.opcode();
    public static final int SUB_OPCODE = ServerOpcode.EX_AUTO_SOUL_SHOT.subOpcode();

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeH(SUB_OPCODE).writeD(itemId).writeD(on ? 1 : 0);
    }
}
