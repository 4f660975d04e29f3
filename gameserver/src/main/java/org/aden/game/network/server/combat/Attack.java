package org.aden.game.network.server.combat;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/**
 * S→C 0x05 Attack: the start of one swing with its outcome (world-combat-skills.md §1.2). Single hits only (no
 * extra hits); aCis's layout, which ends after the extra-hit count.
 */
public record Attack(int attackerId, int targetId, int damage, int flags, int x, int y, int z) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.ATTACK.opcode();
    public static final int MISS = 0x80;
    public static final int SHIELD = 0x40;
    public static final int CRITICAL = 0x20;
    public static final int SOULSHOT = 0x10;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(attackerId).writeD(targetId).writeD(damage).writeC(flags);
        w.writeD(x).writeD(y).writeD(z).writeH(0);
    }
}
