package org.aden.game.network.client.quest;

import org.aden.common.net.PacketReader;

/** C→S 0x63: the quest window opened; answered with QuestList. Empty body. */
public record RequestQuestList() {
    public static final int OPCODE = 0x63;
    private static final RequestQuestList INSTANCE = new RequestQuestList();

    public static RequestQuestList read(PacketReader r) {
        return INSTANCE;
    }
}
