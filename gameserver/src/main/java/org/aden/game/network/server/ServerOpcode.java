package org.aden.game.network.server;

/**
 * Every server packet the game server sends, with its opcode (and the 0xFE sub-opcode of extended packets), in
 * opcode order: the one list of outgoing ids. Each packet record takes its OPCODE from here; the name is the
 * protocol reference's.
 */
public enum ServerOpcode {
    KEY_PACKET(0x00, "KeyPacket"),
    MOVE_TO_LOCATION(0x01, "MoveToLocation"),
    NPC_SAY(0x02, "NpcSay"),
    CHAR_INFO(0x03, "CharInfo"),
    USER_INFO(0x04, "UserInfo"),
    ATTACK(0x05, "Attack"),
    DIE(0x06, "Die"),
    REVIVE(0x07, "Revive"),
    SPAWN_ITEM(0x0B, "SpawnItem"),
    DROP_ITEM(0x0C, "DropItem"),
    GET_ITEM(0x0D, "GetItem"),
    STATUS_UPDATE(0x0E, "StatusUpdate"),
    NPC_HTML_MESSAGE(0x0F, "NpcHtmlMessage"),
    SELL_LIST(0x10, "SellList"),
    BUY_LIST(0x11, "BuyList"),
    DELETE_OBJECT(0x12, "DeleteObject"),
    CHAR_SELECTION_INFO(0x13, "CharSelectionInfo"),
    LOGIN_FAIL(0x14, "LoginFail"),
    CHAR_SELECTED(0x15, "CharSelected"),
    NPC_INFO(0x16, "NpcInfo"),
    NEW_CHARACTER_SUCCESS(0x17, "NewCharacterSuccess"),
    CHAR_CREATE_OK(0x19, "CharCreateOk"),
    CHAR_CREATE_FAIL(0x1A, "CharCreateFail"),
    ITEM_LIST(0x1B, "ItemList"),
    TRADE_START(0x1E, "TradeStart"),
    TRADE_OWN_ADD(0x20, "TradeOwnAdd"),
    TRADE_OTHER_ADD(0x21, "TradeOtherAdd"),
    SEND_TRADE_DONE(0x22, "TradeDone"),
    CHAR_DELETE_SUCCESS(0x23, "CharDeleteSuccess"),
    CHAR_DELETE_FAIL(0x24, "CharDeleteFail"),
    ACTION_FAILED(0x25, "ActionFailed"),
    SERVER_CLOSE(0x26, "ServerClose"),
    INVENTORY_UPDATE(0x27, "InventoryUpdate"),
    TELEPORT_TO_LOCATION(0x28, "TeleportToLocation"),
    TARGET_SELECTED(0x29, "TargetSelected"),
    TARGET_UNSELECTED(0x2A, "TargetUnselected"),
    AUTO_ATTACK_START(0x2B, "AutoAttackStart"),
    AUTO_ATTACK_STOP(0x2C, "AutoAttackStop"),
    SOCIAL_ACTION(0x2D, "SocialAction"),
    CHANGE_MOVE_TYPE(0x2E, "ChangeMoveType"),
    CHANGE_WAIT_TYPE(0x2F, "ChangeWaitType"),
    ASK_JOIN_PARTY(0x39, "AskJoinParty"),
    JOIN_PARTY(0x3A, "JoinParty"),
    WARE_HOUSE_DEPOSIT_LIST(0x41, "WareHouseDepositList"),
    WARE_HOUSE_WITHDRAWAL_LIST(0x42, "WareHouseWithdrawalList"),
    SHORT_CUT_INIT(0x45, "ShortCutInit"),
    STOP_MOVE(0x47, "StopMove"),
    MAGIC_SKILL_USE(0x48, "MagicSkillUse"),
    MAGIC_SKILL_CANCELD(0x49, "MagicSkillCanceld"),
    CREATURE_SAY(0x4A, "CreatureSay"),
    DOOR_INFO(0x4C, "DoorInfo"),
    DOOR_STATUS_UPDATE(0x4D, "DoorStatusUpdate"),
    PARTY_SMALL_WINDOW_ALL(0x4E, "PartySmallWindowAll"),
    PARTY_SMALL_WINDOW_ADD(0x4F, "PartySmallWindowAdd"),
    PARTY_SMALL_WINDOW_DELETE_ALL(0x50, "PartySmallWindowDeleteAll"),
    PARTY_SMALL_WINDOW_DELETE(0x51, "PartySmallWindowDelete"),
    PARTY_SMALL_WINDOW_UPDATE(0x52, "PartySmallWindowUpdate"),
    SKILL_LIST(0x58, "SkillList"),
    SEND_TRADE_REQUEST(0x5E, "SendTradeRequest"),
    RESTART_RESPONSE(0x5F, "RestartResponse"),
    VALIDATE_LOCATION(0x61, "ValidateLocation"),
    SYSTEM_MESSAGE(0x64, "SystemMessage"),
    SETUP_GAUGE(0x6D, "SetupGauge"),
    TRADE_UPDATE(0x74, "TradeUpdate"),
    TRADE_PRESS_OWN_OK(0x75, "TradePressOwnOk"),
    MAGIC_SKILL_LAUNCHED(0x76, "MagicSkillLaunched"),
    TRADE_PRESS_OTHER_OK(0x7C, "TradePressOtherOk"),
    LEAVE_WORLD(0x7E, "LeaveWorld"),
    ABNORMAL_STATUS_UPDATE(0x7F, "AbnormalStatusUpdate"),
    QUEST_LIST(0x80, "QuestList"),
    ACQUIRE_SKILL_LIST(0x8A, "AcquireSkillList"),
    ACQUIRE_SKILL_INFO(0x8B, "AcquireSkillInfo"),
    ACQUIRE_SKILL_DONE(0x8E, "AcquireSkillDone"),
    STATIC_OBJECT(0x99, "StaticObject"),
    MY_TARGET_SELECTED(0xA6, "MyTargetSelected"),
    SKILL_COOL_TIME(0xC1, "SkillCoolTime"),
    RELATION_CHANGED(0xCE, "RelationChanged"),
    MULTI_SELL_LIST(0xD0, "MultiSellList"),
    HENNA_INFO(0xE4, "HennaInfo"),
    SEND_MACRO_LIST(0xE7, "SendMacroList"),
    ETC_STATUS_UPDATE(0xF3, "EtcStatusUpdate"),
    FRIEND_LIST(0xFA, "FriendList"),
    EX_AUTO_SOUL_SHOT(0xFE, 0x0012, "ExAutoSoulShot"),
    EX_SEND_MANOR_LIST(0xFE, 0x001B, "ExSendManorList"),
    EX_STORAGE_MAX_COUNT(0xFE, 0x002E, "ExStorageMaxCount");

    /** The opcode that announces extended packets; their real id is the 16-bit sub-opcode that follows. */
    public static final int EXTENDED = 0xFE;

    private final int opcode;
    private final int subOpcode;
    private final String packetName;

    ServerOpcode(int opcode, String packetName) {
        this(opcode, -1, packetName);
    }

    ServerOpcode(int opcode, int subOpcode, String packetName) {
        this.opcode = opcode;
        this.subOpcode = subOpcode;
        this.packetName = packetName;
    }

    public int opcode() {
        return opcode;
    }

    /** The sub-opcode of an extended (0xFE) packet, or -1. */
    public int subOpcode() {
        return subOpcode;
    }

    public String packetName() {
        return packetName;
    }
}
