package org.aden.game.network.server;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.world.Shortcut;

/** S→C 0x45 ShortCutInit: the whole hot bar (world-combat-skills.md §5.1). */
public record ShortCutInit(List<Shortcut> shortcuts) implements ServerPacket {
    public static final int OPCODE = 0x45;

    public ShortCutInit {
        shortcuts = List.copyOf(shortcuts);
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(shortcuts.size());
        for (Shortcut s : shortcuts) {
            w.writeD(s.type()).writeD(s.slot());
            switch (s.type()) {
                case 1 ->
                    w.writeD(s.id()).writeD(1).writeD(-1).writeD(0).writeD(0).writeD(0);
                case 2 -> w.writeD(s.id()).writeD(s.level()).writeC(0).writeD(1);
                default -> w.writeD(s.id()).writeD(1);
            }
        }
    }
}
