package org.aden.game.network.client.quest;

import org.aden.common.net.PacketReader;

/** C→S 0x64: "Abort quest" in the quest window (docs/protocol/quests-tutorial.md §1.1). */
public record RequestQuestAbort(int questId) {
    public static final int OPCODE = 0x64;

    public static RequestQuestAbort read(PacketReader r) {
        return new RequestQuestAbort(r.readD());
    }
}
