package org.aden.tools.client.game;

import org.aden.common.net.PacketReader;

/** Decoders of the in-world server packets the headless client looks at (layouts: world-presence.md etc.). */
public final class WorldPackets {
    public static final int MOVE_TO_LOCATION = 0x01;
    public static final int CHAR_INFO = 0x03;
    public static final int USER_INFO = 0x04;
    public static final int STATUS_UPDATE = 0x0E;
    public static final int NPC_HTML_MESSAGE = 0x0F;
    public static final int DELETE_OBJECT = 0x12;
    public static final int CHAR_SELECTION_INFO = 0x13;
    public static final int NPC_INFO = 0x16;
    public static final int ITEM_LIST = 0x1B;
    public static final int ACTION_FAILED = 0x25;
    public static final int TELEPORT_TO_LOCATION = 0x28;
    public static final int TARGET_SELECTED = 0x29;
    public static final int TARGET_UNSELECTED = 0x2A;
    public static final int CREATURE_SAY = 0x4A;
    public static final int SKILL_LIST = 0x58;
    public static final int RESTART_RESPONSE = 0x5F;
    public static final int VALIDATE_LOCATION = 0x61;
    public static final int SYSTEM_MESSAGE = 0x64;
    public static final int LEAVE_WORLD = 0x7E;
    public static final int QUEST_LIST = 0x80;
    public static final int MY_TARGET_SELECTED = 0xA6;

    private WorldPackets() {}

    public record Me(int objectId, String name, int x, int y, int z, int maxHp, int curHp) {}

    public record Other(int objectId, String name, int x, int y, int z) {}

    public record Move(int objectId, int destX, int destY, int destZ, int x, int y, int z) {}

    public record Say(int objectId, int type, String name, String text) {}

    /** NpcInfo's first fields; npcTypeId is the template id + 1000000. */
    public record NpcSeen(int objectId, int npcTypeId, boolean attackable, int x, int y, int z) {}

    /** NpcHtmlMessage (world-chat-npc.md §6). */
    public record NpcHtml(int npcObjectId, String html, int itemId) {}

    public static int opcode(byte[] b) {
        return b[0] & 0xFF;
    }

    private static PacketReader at(byte[] b, int offset) {
        return new PacketReader(b, offset, b.length - offset);
    }

    public static Me userInfo(byte[] b) {
        PacketReader r = at(b, 1);
        int x = r.readD();
        int y = r.readD();
        int z = r.readD();
        r.readD();
        int id = r.readD();
        String name = r.readS();
        r.skip(48);
        return new Me(id, name, x, y, z, r.readD(), r.readD());
    }

    public static Other charInfo(byte[] b) {
        PacketReader r = at(b, 1);
        int x = r.readD();
        int y = r.readD();
        int z = r.readD();
        r.readD();
        int id = r.readD();
        return new Other(id, r.readS(), x, y, z);
    }

    public static Move move(byte[] b) {
        PacketReader r = at(b, 1);
        return new Move(r.readD(), r.readD(), r.readD(), r.readD(), r.readD(), r.readD(), r.readD());
    }

    public static Say say(byte[] b) {
        PacketReader r = at(b, 1);
        return new Say(r.readD(), r.readD(), r.readS(), r.readS());
    }

    public static NpcSeen npcInfo(byte[] b) {
        PacketReader r = at(b, 1);
        return new NpcSeen(r.readD(), r.readD(), r.readD() != 0, r.readD(), r.readD(), r.readD());
    }

    public static NpcHtml npcHtml(byte[] b) {
        PacketReader r = at(b, 1);
        return new NpcHtml(r.readD(), r.readS(16_384), r.readD());
    }

    /** The first int after the opcode: the object id of DeleteObject, StopMove, TargetSelected... */
    public static int objectId(byte[] b) {
        return at(b, 1).readD();
    }

    /** SystemMessage id. */
    public static int messageId(byte[] b) {
        return at(b, 1).readD();
    }

    /** The text of a SystemMessage whose first parameter is text (1987 "$s1": the server's free text), else null. */
    public static String messageText(byte[] b) {
        var r = at(b, 5);
        if (r.readD() < 1 || r.readD() != 0) {
            return null;
        }
        return r.readS(1024);
    }
}
