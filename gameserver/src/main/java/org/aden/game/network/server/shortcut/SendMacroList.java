package org.aden.game.network.server.shortcut;

import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0xE7 SendMacroList, the empty form: revision, 0, no macros, none follows. */
public record SendMacroList(int revision) implements ServerPacket {
    public static final int OPCODE = 0xE7;

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(revision).writeC(0).writeC(0).writeC(0);
    }
}
