package org.aden.game.network.server.world;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.network.server.ServerOpcode;

/**
 * S→C 0x7F AbnormalStatusUpdate: the player's whole buff bar, h count then per icon d skillId, h level, d seconds
 * left (-1 without a timer); docs/protocol/combat-effects.md §1.
 */
public record AbnormalStatusUpdate(List<Icon> icons) implements ServerPacket {
    public static final int OPCODE = ServerOpcode.ABNORMAL_STATUS_UPDATE.opcode();

    /** One effect icon. */
    public record Icon(int skillId, int level, int remainingSeconds) {}

    public AbnormalStatusUpdate {
        icons = List.copyOf(icons);
    }

    /** An empty bar. */
    public AbnormalStatusUpdate() {
        this(List.of());
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeH(icons.size());
        for (Icon i : icons) {
            w.writeD(i.skillId()).writeH(i.level()).writeD(i.remainingSeconds());
        }
    }
}
