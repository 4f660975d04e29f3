package org.aden.game.network.server;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;
import org.aden.game.world.QuestEntry;

/** S→C 0x80 QuestList: h count, (questId, cond) pairs (world-session-party.md §2.1). */
public record QuestList(List<QuestEntry> quests) implements ServerPacket {
    public static final int OPCODE = 0x80;

    public QuestList {
        quests = List.copyOf(quests);
    }

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeH(quests.size());
        for (QuestEntry q : quests) {
            w.writeD(q.questId()).writeD(q.cond());
        }
    }
}
