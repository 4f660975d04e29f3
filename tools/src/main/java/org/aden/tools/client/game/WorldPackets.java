package org.aden.tools.client.game;

import org.aden.common.net.PacketReader;

/** Decoders of the in-world server packets the headless client looks at (layouts: world-presence.md etc.). */
public final class WorldPackets {
    public static final int MOVE_TO_LOCATION = 0x01;
    public static final int CHAR_INFO = 0x03;
    public static final int USER_INFO = 0x04;
    public static final int ATTACK = 0x05;
    public static final int DIE = 0x06;
    public static final int SPAWN_ITEM = 0x0B;
    public static final int DROP_ITEM = 0x0C;
    public static final int GET_ITEM = 0x0D;
    public static final int STATUS_UPDATE = 0x0E;
    public static final int NPC_HTML_MESSAGE = 0x0F;
    public static final int DELETE_OBJECT = 0x12;
    public static final int CHAR_SELECTION_INFO = 0x13;
    public static final int NPC_INFO = 0x16;
    public static final int ITEM_LIST = 0x1B;
    public static final int TRADE_START = 0x1E;
    public static final int BUY_LIST = 0x11;
    public static final int TRADE_OWN_ADD = 0x20;
    public static final int TRADE_OTHER_ADD = 0x21;
    public static final int TRADE_DONE = 0x22;
    public static final int ACTION_FAILED = 0x25;
    public static final int INVENTORY_UPDATE = 0x27;
    public static final int TELEPORT_TO_LOCATION = 0x28;
    public static final int TARGET_SELECTED = 0x29;
    public static final int TARGET_UNSELECTED = 0x2A;
    public static final int CREATURE_SAY = 0x4A;
    public static final int SKILL_LIST = 0x58;
    public static final int SEND_TRADE_REQUEST = 0x5E;
    public static final int RESTART_RESPONSE = 0x5F;
    public static final int VALIDATE_LOCATION = 0x61;
    public static final int SYSTEM_MESSAGE = 0x64;
    public static final int TRADE_PRESS_OTHER_OK = 0x7C;
    public static final int LEAVE_WORLD = 0x7E;
    public static final int QUEST_LIST = 0x80;
    public static final int MY_TARGET_SELECTED = 0xA6;

    private WorldPackets() {}

    public record Me(int objectId, String name, int x, int y, int z, int maxHp, int curHp) {}

    public record Other(int objectId, String name, int x, int y, int z) {}

    public record Move(int objectId, int destX, int destY, int destZ, int x, int y, int z) {}

    public record Say(int objectId, int type, String name, String text) {}

    /** NpcHtmlMessage (world-chat-npc.md §6). */
    public record NpcHtml(int npcObjectId, String html, int itemId) {}

    /** NpcInfo's head: npcTypeId is the template's display id + 1 000 000. */
    public record Npc(int objectId, int npcTypeId, boolean attackable, int x, int y, int z) {}

    /** DropItem (world-items.md §5.2). */
    public record Dropped(int dropperId, int objectId, int itemId, int x, int y, int z, int count) {}

    /** One InventoryUpdate entry: the change code and the head of the item record. */
    public record ItemChange(int change, int objectId, int itemId, int count, boolean equipped) {}

    /** One ItemList entry (the 36-byte item record of world-items.md §1). */
    public record Held(int objectId, int itemId, int count, boolean equipped) {}

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

    public static NpcHtml npcHtml(byte[] b) {
        PacketReader r = at(b, 1);
        return new NpcHtml(r.readD(), r.readS(16_384), r.readD());
    }

    public static Npc npcInfo(byte[] b) {
        PacketReader r = at(b, 1);
        return new Npc(r.readD(), r.readD(), r.readD() != 0, r.readD(), r.readD(), r.readD());
    }

    public static Dropped dropItem(byte[] b) {
        PacketReader r = at(b, 1);
        int dropper = r.readD();
        int id = r.readD();
        int itemId = r.readD();
        int x = r.readD();
        int y = r.readD();
        int z = r.readD();
        r.readD(); // stackable
        return new Dropped(dropper, id, itemId, x, y, z, r.readD());
    }

    public static java.util.List<ItemChange> inventoryUpdate(byte[] b) {
        PacketReader r = at(b, 1);
        int n = r.readH();
        java.util.List<ItemChange> out = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int change = r.readH();
            Held h = item(r);
            out.add(new ItemChange(change, h.objectId(), h.itemId(), h.count(), h.equipped()));
        }
        return out;
    }

    /** ItemList (0x1B): the whole inventory. */
    public static java.util.List<Held> itemList(byte[] b) {
        PacketReader r = at(b, 1);
        r.readH(); // show the window
        int n = r.readH();
        java.util.List<Held> out = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(item(r));
        }
        return out;
    }

    /** One 36-byte item record (world-items.md §1.1). */
    private static Held item(PacketReader r) {
        r.readH(); // type1
        int objectId = r.readD();
        int itemId = r.readD();
        int count = r.readD();
        r.skip(4); // type2, custom type 1
        boolean equipped = r.readH() != 0;
        r.skip(16); // body part, enchant, custom type 2, augmentation, mana
        return new Held(objectId, itemId, count, equipped);
    }

    /** TradeOwnAdd / TradeOtherAdd: the one item record after its count (items-extra §3.5). */
    public static Held tradeAdd(byte[] b) {
        PacketReader r = at(b, 3);
        r.readH(); // type1
        return new Held(r.readD(), r.readD(), r.readD(), false);
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
