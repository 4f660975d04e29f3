package org.aden.game.network.server.lobby;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/**
 * S→C 0x17, the creation templates: {@code d} count, then per template race, class id and the six base
 * stats each framed as {@code 0x46, value, 0x0A} in the order STR, DEX, CON, INT, WIT, MEN.
 */
public record NewCharacterSuccess(List<Template> templates) implements ServerPacket {
    public static final int OPCODE = 0x17;

    public record Template(int race, int classId, int str, int dex, int con, int intelligence, int wit, int men) {}

    public NewCharacterSuccess {
        templates = List.copyOf(templates);
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(templates.size());
        for (Template t : templates) {
            w.writeD(t.race()).writeD(t.classId());
            for (int stat : new int[] {t.str(), t.dex(), t.con(), t.intelligence(), t.wit(), t.men()}) {
                w.writeD(0x46).writeD(stat).writeD(0x0A);
            }
        }
    }
}
