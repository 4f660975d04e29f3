package org.aden.tools.importer.l2j;

import java.util.Set;

/**
 * The two L2J-family servers we read, and where their schemas differ. Column facts come from their own SQL files:
 * L2J Mobius CT0 Interlude ({@code dist/db_installer/sql/{login,game}/*.sql}) and aCis
 * ({@code aCis_datapack/sql/*.sql}). Tables and columns not named here are not read.
 */
public enum L2jFlavor {
    MOBIUS(
            "accessLevel",
            "lastactive",
            "created_time",
            "lastIP",
            "lastServer",
            "charId",
            "createDate",
            "charId",
            "charId",
            "shortcut_id",
            false,
            "charId",
            "friendId",
            "charId"),
    ACIS(
            "access_level",
            "last_active",
            null,
            null,
            "last_server",
            "obj_Id",
            null,
            "char_obj_id",
            "char_obj_id",
            "id",
            true,
            "char_id",
            "friend_id",
            "char_obj_id");

    final String accountAccess;
    final String accountLastActive;
    /** null: the flavor does not record it. */
    final String accountCreated;

    final String accountLastIp;
    final String accountLastServer;
    final String charId;
    final String charCreated;
    final String skillChar;
    final String shortcutChar;
    final String shortcutTarget;
    /** aCis stores the shortcut type by name ('SKILL'), Mobius by ordinal (2). */
    final boolean shortcutTypeByName;

    final String friendChar;
    final String friendOther;
    final String macroChar;

    L2jFlavor(
            String accountAccess,
            String accountLastActive,
            String accountCreated,
            String accountLastIp,
            String accountLastServer,
            String charId,
            String charCreated,
            String skillChar,
            String shortcutChar,
            String shortcutTarget,
            boolean shortcutTypeByName,
            String friendChar,
            String friendOther,
            String macroChar) {
        this.accountAccess = accountAccess;
        this.accountLastActive = accountLastActive;
        this.accountCreated = accountCreated;
        this.accountLastIp = accountLastIp;
        this.accountLastServer = accountLastServer;
        this.charId = charId;
        this.charCreated = charCreated;
        this.skillChar = skillChar;
        this.shortcutChar = shortcutChar;
        this.shortcutTarget = shortcutTarget;
        this.shortcutTypeByName = shortcutTypeByName;
        this.friendChar = friendChar;
        this.friendOther = friendOther;
        this.macroChar = macroChar;
    }

    /** Quests use the same columns in both. */
    static final String QUEST_CHAR = "charId";

    /** The source tables read; every other table with rows is listed in the report as not imported. */
    static final Set<String> TABLES_READ = Set.of(
            "accounts",
            "characters",
            "items",
            "character_skills",
            "character_quests",
            "character_shortcuts",
            "character_friends",
            "character_macroses");

    Set<String> accountColumns() {
        return columns(
                "login",
                "password",
                accountAccess,
                accountLastActive,
                accountCreated,
                accountLastIp,
                accountLastServer);
    }

    Set<String> characterColumns() {
        return columns(
                "account_name",
                charId,
                "char_name",
                "title",
                "race",
                "classid",
                "base_class",
                "sex",
                "hairStyle",
                "hairColor",
                "face",
                "level",
                "exp",
                "sp",
                "curHp",
                "curMp",
                "curCp",
                "maxHp",
                "maxMp",
                "maxCp",
                "karma",
                "pkkills",
                "pvpkills",
                "x",
                "y",
                "z",
                "heading",
                "accesslevel",
                "deletetime",
                "lastAccess",
                charCreated);
    }

    static Set<String> itemColumns() {
        return columns("owner_id", "object_id", "item_id", "count", "enchant_level", "loc", "loc_data");
    }

    Set<String> skillColumns() {
        return columns(skillChar, "skill_id", "skill_level", "class_index");
    }

    static Set<String> questColumns() {
        return columns(QUEST_CHAR, "name", "var", "value");
    }

    Set<String> shortcutColumns() {
        return columns(shortcutChar, "slot", "page", "type", shortcutTarget, "level", "class_index");
    }

    Set<String> friendColumns() {
        return columns(friendChar, friendOther, "relation");
    }

    Set<String> macroColumns() {
        return columns(macroChar, "id", "icon", "name", "descr", "acronym", "commands");
    }

    private static Set<String> columns(String... names) {
        java.util.Set<String> s = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String n : names) {
            if (n != null) {
                s.add(n);
            }
        }
        return s;
    }
}
