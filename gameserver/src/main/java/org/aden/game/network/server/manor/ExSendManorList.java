package org.aden.game.network.server.manor;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0xFE:001B: the castles that have a manor, as {@code d} count then {@code d id, S name} each. */
public record ExSendManorList(List<String> castles) implements ServerPacket {
    public static final int OPCODE = 0xFE;
    public static final int SUB_OPCODE = 0x001B;
    /** Interlude's nine castles in id order (1 = gludio); names lower-case as the client expects. */
    public static final ExSendManorList INTERLUDE = new ExSendManorList(
            List.of("gludio", "dion", "giran", "oren", "aden", "innadril", "goddard", "rune", "schuttgart"));

    public ExSendManorList {
        castles = List.copyOf(castles);
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeH(SUB_OPCODE).writeD(castles.size());
        for (int i = 0; i < castles.size(); i++) {
            w.writeD(i + 1).writeS(castles.get(i));
        }
    }
}
