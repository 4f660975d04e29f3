package org.aden.game.chat;

/** Chat channel ids shared by Say2, CreatureSay and NpcSay (world-chat-npc.md §1.1). */
public enum ChatType {
    ALL(0),
    SHOUT(1),
    WHISPER(2),
    PARTY(3),
    CLAN(4),
    GM(5),
    PETITION_PLAYER(6),
    PETITION_GM(7),
    TRADE(8),
    ALLIANCE(9),
    ANNOUNCEMENT(10),
    BOAT(11),
    FRIEND(12),
    MSN(13),
    PARTY_ROOM(14),
    PARTY_COMMANDER(15),
    PARTY_ROOM_ALL(16),
    HERO_VOICE(17);

    private static final ChatType[] BY_ID = values();

    private final int id;

    ChatType(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }

    /** The channel, or null for ids the Interlude client does not have (18+ are later chronicles). */
    public static ChatType byId(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }
}
