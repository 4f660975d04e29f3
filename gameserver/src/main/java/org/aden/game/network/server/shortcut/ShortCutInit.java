package org.aden.game.network.server.shortcut;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x45 ShortCutInit: the whole hot bar (world-combat-skills.md §5.1). */
public record ShortCutInit(List<Entry> shortcuts) implements ServerPacket {
    public static final int OPCODE = 0x45;

    public ShortCutInit {
        shortcuts = List.copyOf(shortcuts);
    }

    /** One hot-bar slot: type 1 item, 2 skill, 3 action, 4 macro, 5 recipe; slot = page × 12 + position. */
    public record Entry(int type, int slot, int id, int level) {}

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeD(shortcuts.size());
        for (Entry s : shortcuts) {
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
