package org.aden.game.network.server.quest;

import java.util.List;
import org.aden.common.net.PacketWriter;
import org.aden.common.net.ServerPacket;

/** S→C 0x80 QuestList: h count, (questId, cond) pairs (world-session-party.md §2.1). */
public record QuestList(List<Entry> quests) implements ServerPacket {
    public static final int OPCODE = 0x80;

    public QuestList {
        quests = List.copyOf(quests);
    }

    /** An active quest and its current step. */
    public record Entry(int questId, int cond) {}

    @Override
    public void write(PacketWriter w) {
        w.writeC(OPCODE).writeH(quests.size());
        for (Entry q : quests) {
            w.writeD(q.questId()).writeD(q.cond());
        }
    }
}
