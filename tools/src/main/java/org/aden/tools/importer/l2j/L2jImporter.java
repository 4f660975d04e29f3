package org.aden.tools.importer.l2j;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.aden.login.account.LoginNames;

/**
 * Copies accounts and characters (with items, skills, quests, shortcuts, macros, friends and block lists) from an
 * L2J Mobius or aCis database into aden_login and aden_game.
 *
 * <p>Object ids are never kept: L2J allocates from the same range as we do (0x10000000 up), so its ids would collide
 * with ours; characters and items get new ids above our high-water mark, and {@code import_map} remembers which
 * source id became which, so a second run skips what the first brought over. Accounts are matched by login,
 * characters by source id. The game server must not be running (it allocates ids from the high-water mark it read
 * at start).
 *
 * <p>Each character is written in one transaction with everything it owns: a character is there completely or not
 * at all. Friend lists come last, when both ends are known.
 */
public final class L2jImporter {
    static final String ACCOUNTS = "accounts";
    static final String CHARACTERS = "characters";
    static final String ITEMS = "items";
    static final String SKILLS = "skills";
    static final String QUESTS = "quests";
    static final String QUEST_VARS = "quest variables";
    static final String SHORTCUTS = "shortcuts";
    static final String MACROS = "macros";
    static final String MACRO_COMMANDS = "macro commands";
    static final String FRIENDS = "friends";
    static final String BLOCKS = "block list";

    /** Where our object ids start on an empty database (HighWaterMarkIdFactory.FIRST_ID). */
    private static final int FIRST_ID = 0x10000000;

    private static final int MAX_NAME = 16;
    private static final int MAX_TITLE = 16;

    private final L2jFlavor flavor;
    private final String source;
    private final Connection src;
    private final Connection srcLogin;
    private final DataSource login;
    private final DataSource game;
    private final long now;
    private final ImportReport report = new ImportReport();

    private final Set<String> importedAccounts = new HashSet<>();
    private final Map<Integer, Integer> charIds = new HashMap<>();
    private int nextId;

    /**
     * @param source a label for the imported server, the same on every run against it ('mobius' by default)
     * @param srcLogin the source's login tables: often the same connection as {@code src}
     */
    public L2jImporter(
            L2jFlavor flavor,
            String source,
            Connection src,
            Connection srcLogin,
            DataSource login,
            DataSource game,
            long nowMillis) {
        this.flavor = flavor;
        this.source = source;
        this.src = src;
        this.srcLogin = srcLogin;
        this.login = login;
        this.game = game;
        this.now = nowMillis;
    }

    public ImportReport run() throws SQLException {
        for (String k : new String[] {
            ACCOUNTS, CHARACTERS, ITEMS, SKILLS, QUESTS, QUEST_VARS, SHORTCUTS, MACROS, MACRO_COMMANDS, FRIENDS, BLOCKS
        }) {
            report.kind(k); // a fixed order in the report
        }
        try (Connection g = game.getConnection()) {
            loadMap(g);
            nextId = highWaterMark(g) + 1;
            try (Connection l = login.getConnection()) {
                importAccounts(l, g);
            }
            importCharacters(g);
            importFriends(g);
            reportItemsOfOthers();
        }
        reportUnread();
        return report;
    }

    // ---- bookkeeping ----

    private void loadMap(Connection g) throws SQLException {
        try (PreparedStatement ps =
                g.prepareStatement("SELECT kind, source_key, obj_id FROM import_map WHERE source = ?")) {
            ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    switch (rs.getString(1)) {
                        case "ACCOUNT" -> importedAccounts.add(rs.getString(2));
                        case "CHARACTER" -> charIds.put(Integer.parseInt(rs.getString(2)), rs.getInt(3));
                        default -> {}
                    }
                }
            }
        }
    }

    private static int highWaterMark(Connection g) throws SQLException {
        try (Statement st = g.createStatement();
                ResultSet rs = st.executeQuery("SELECT GREATEST(COALESCE((SELECT MAX(obj_id) FROM characters), 0),"
                        + " COALESCE((SELECT MAX(obj_id) FROM items), 0))")) {
            rs.next();
            return Math.max(rs.getInt(1), FIRST_ID - 1);
        }
    }

    private void recordMap(Connection g, String kind, String key, Integer objId) throws SQLException {
        try (PreparedStatement ps = g.prepareStatement(
                "INSERT INTO import_map (source, kind, source_key, obj_id, imported_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, source);
            ps.setString(2, kind);
            ps.setString(3, key);
            if (objId == null) {
                ps.setNull(4, java.sql.Types.INTEGER);
            } else {
                ps.setInt(4, objId);
            }
            ps.setLong(5, now);
            ps.executeUpdate();
        }
    }

    // ---- accounts ----

    private void importAccounts(Connection l, Connection g) throws SQLException {
        report.unmappedColumns("accounts", unmapped(srcLogin, "accounts", flavor.accountColumns()));
        try (Statement st = srcLogin.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM accounts ORDER BY login")) {
            while (rs.next()) {
                String raw = rs.getString("login");
                String name = LoginNames.normalize(raw);
                if (name == null) {
                    report.skipped(ACCOUNTS, "login not allowed here (2-14 of a-z, 0-9, _)", raw);
                    continue;
                }
                if (importedAccounts.contains(name)) {
                    report.already(ACCOUNTS);
                    continue;
                }
                String hash = L2jMappings.passwordHash(rs.getString("password"));
                if (hash == null) {
                    report.skipped(ACCOUNTS, "password hash neither Base64(SHA-1) nor bcrypt", raw);
                    continue;
                }
                String existing = existingHash(l, name);
                if (existing != null) {
                    if (existing.equals(hash)) { // brought over by a run that stopped before its bookkeeping
                        recordMap(g, "ACCOUNT", name, null);
                        importedAccounts.add(name);
                        report.already(ACCOUNTS);
                    } else {
                        report.skipped(ACCOUNTS, "login taken by an existing account", raw);
                    }
                    continue;
                }
                insertAccount(l, rs, name, hash);
                recordMap(g, "ACCOUNT", name, null);
                importedAccounts.add(name);
                report.imported(ACCOUNTS);
            }
        }
    }

    private static String existingHash(Connection l, String name) throws SQLException {
        try (PreparedStatement ps = l.prepareStatement("SELECT password_hash FROM accounts WHERE login = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private void insertAccount(Connection l, ResultSet rs, String name, String hash) throws SQLException {
        Timestamp created = flavor.accountCreated == null ? null : rs.getTimestamp(flavor.accountCreated);
        long lastActive = rs.getLong(flavor.accountLastActive);
        try (PreparedStatement ps = l.prepareStatement("INSERT INTO accounts (login, password_hash, access_level,"
                + " created_at, last_login_at, last_ip, last_server) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, hash);
            ps.setInt(3, rs.getInt(flavor.accountAccess)); // same meaning: < 0 banned, 0 player, > 0 GM
            ps.setTimestamp(4, created != null ? created : new Timestamp(now));
            ps.setTimestamp(5, lastActive > 0 ? new Timestamp(lastActive) : null);
            ps.setString(6, flavor.accountLastIp == null ? null : rs.getString(flavor.accountLastIp));
            ps.setInt(7, rs.getInt(flavor.accountLastServer));
            ps.executeUpdate();
        }
    }

    // ---- characters ----

    private void importCharacters(Connection g) throws SQLException {
        report.unmappedColumns("characters", unmapped(src, "characters", flavor.characterColumns()));
        report.unmappedColumns("items", unmapped(src, "items", L2jFlavor.itemColumns()));
        report.unmappedColumns("character_skills", unmapped(src, "character_skills", flavor.skillColumns()));
        report.unmappedColumns("character_quests", unmapped(src, "character_quests", L2jFlavor.questColumns()));
        report.unmappedColumns("character_shortcuts", unmapped(src, "character_shortcuts", flavor.shortcutColumns()));
        report.unmappedColumns("character_macroses", unmapped(src, "character_macroses", flavor.macroColumns()));
        try (Statement st = src.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM characters ORDER BY " + flavor.charId)) {
            while (rs.next()) {
                importCharacter(g, rs);
            }
        }
    }

    private void importCharacter(Connection g, ResultSet rs) throws SQLException {
        int srcId = rs.getInt(flavor.charId);
        String name = rs.getString("char_name");
        if (charIds.containsKey(srcId)) {
            report.already(CHARACTERS);
            return;
        }
        String rawAccount = rs.getString("account_name");
        String account = LoginNames.normalize(rawAccount);
        if (account == null || !importedAccounts.contains(account)) {
            report.skipped(CHARACTERS, "its account was not imported", name + " (" + rawAccount + ")");
            return;
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            report.skipped(CHARACTERS, "name empty or longer than " + MAX_NAME + " characters", String.valueOf(name));
            return;
        }
        if (nameTaken(g, name)) {
            report.skipped(CHARACTERS, "name taken by an existing character", name);
            return;
        }
        ImportReport mine = new ImportReport();
        int firstId = nextId;
        int objId = nextId++;
        g.setAutoCommit(false);
        try {
            insertCharacter(g, rs, objId, account, name, mine);
            Map<Integer, Integer> itemIds = importItems(g, srcId, objId, name, mine);
            importSkills(g, srcId, objId, name, mine);
            importQuests(g, srcId, objId, name, mine);
            importShortcuts(g, srcId, objId, name, itemIds, mine);
            importMacros(g, srcId, objId, name, mine);
            recordMap(g, "CHARACTER", Integer.toString(srcId), objId);
            g.commit();
            mine.imported(CHARACTERS);
            report.merge(mine);
            charIds.put(srcId, objId);
        } catch (SQLException e) {
            g.rollback();
            nextId = firstId;
            report.skipped(CHARACTERS, "database refused it: " + e.getMessage(), name);
        } finally {
            g.setAutoCommit(true);
        }
    }

    private static boolean nameTaken(Connection g, String name) throws SQLException {
        try (PreparedStatement ps = g.prepareStatement("SELECT 1 FROM characters WHERE name = ?")) {
            ps.setString(1, name); // the column's collation compares case-insensitively, as the unique key does
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void insertCharacter(Connection g, ResultSet rs, int objId, String account, String name, ImportReport r)
            throws SQLException {
        String title = rs.getString("title");
        if (title == null) {
            title = "";
        } else if (title.length() > MAX_TITLE) {
            r.adjusted(CHARACTERS, "title cut to " + MAX_TITLE + " characters", name);
            title = title.substring(0, MAX_TITLE);
        }
        int classId = rs.getInt("classid");
        int baseClass = rs.getInt("base_class");
        if (classId != baseClass) {
            // L2J keeps the base class's level, exp and sp in this row and the subclass's elsewhere
            r.adjusted(CHARACTERS, "was on a subclass: imported on its base class", name);
        }
        long sp = rs.getLong("sp");
        if (sp > Integer.MAX_VALUE) {
            r.adjusted(CHARACTERS, "sp capped at " + Integer.MAX_VALUE, name);
            sp = Integer.MAX_VALUE;
        }
        if (rs.getInt("clanid") != 0) {
            r.adjusted(CHARACTERS, "clan membership not imported (clans are not imported)", name);
        }
        long created = now;
        if (flavor.charCreated != null && rs.getDate(flavor.charCreated) != null) {
            created = rs.getDate(flavor.charCreated).getTime();
        }
        try (PreparedStatement ps = g.prepareStatement(
                "INSERT INTO characters (obj_id, account, name, title, race,"
                        + " class_id, base_class_id, sex, hair_style, hair_color, face, level, exp, sp, current_hp, current_mp,"
                        + " current_cp, max_hp, max_mp, max_cp, karma, pk_kills, pvp_kills, x, y, z, heading, clan_id,"
                        + " access_level, delete_time, last_access, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)")) {
            int i = 1;
            ps.setInt(i++, objId);
            ps.setString(i++, account);
            ps.setString(i++, name);
            ps.setString(i++, title);
            ps.setInt(i++, rs.getInt("race"));
            ps.setInt(i++, baseClass);
            ps.setInt(i++, baseClass);
            ps.setInt(i++, rs.getInt("sex"));
            ps.setInt(i++, rs.getInt("hairStyle"));
            ps.setInt(i++, rs.getInt("hairColor"));
            ps.setInt(i++, rs.getInt("face"));
            ps.setInt(i++, Math.max(1, rs.getInt("level")));
            ps.setLong(i++, rs.getLong("exp"));
            ps.setInt(i++, (int) sp);
            ps.setDouble(i++, rs.getDouble("curHp"));
            ps.setDouble(i++, rs.getDouble("curMp"));
            ps.setDouble(i++, rs.getDouble("curCp"));
            ps.setDouble(i++, rs.getDouble("maxHp"));
            ps.setDouble(i++, rs.getDouble("maxMp"));
            ps.setDouble(i++, rs.getDouble("maxCp"));
            ps.setInt(i++, rs.getInt("karma"));
            ps.setInt(i++, rs.getInt("pkkills"));
            ps.setInt(i++, rs.getInt("pvpkills"));
            ps.setInt(i++, rs.getInt("x"));
            ps.setInt(i++, rs.getInt("y"));
            ps.setInt(i++, rs.getInt("z"));
            ps.setInt(i++, rs.getInt("heading"));
            ps.setInt(i++, rs.getInt("accesslevel")); // the same scale as accounts: > 0 GM
            ps.setLong(i++, rs.getLong("deletetime"));
            ps.setLong(i++, rs.getLong("lastAccess"));
            ps.setLong(i, created);
            ps.executeUpdate();
        }
    }

    private Map<Integer, Integer> importItems(Connection g, int srcId, int objId, String who, ImportReport r)
            throws SQLException {
        Map<Integer, Integer> ids = new HashMap<>();
        try (PreparedStatement q = src.prepareStatement("SELECT * FROM items WHERE owner_id = ? ORDER BY object_id");
                PreparedStatement ins = g.prepareStatement("INSERT INTO items (obj_id, owner_id, item_id, count,"
                        + " enchant_level, location, slot) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            q.setInt(1, srcId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String what = who + ": item " + rs.getInt("item_id");
                    String loc = rs.getString("loc");
                    String location = L2jMappings.itemLocation(loc);
                    if (location == null) {
                        r.skipped(ITEMS, "location " + loc + " has no counterpart here", what);
                        continue;
                    }
                    long count = rs.getLong("count");
                    if (count <= 0) {
                        r.skipped(ITEMS, "count " + count, what);
                        continue;
                    }
                    int slot = -1;
                    if (location.equals("PAPERDOLL")) {
                        slot = L2jMappings.paperdollSlot(rs.getInt("loc_data"));
                        if (slot < 0) {
                            r.adjusted(ITEMS, "equipped in an unknown paperdoll slot: put in the inventory", what);
                            location = "INVENTORY";
                        }
                    }
                    int newId = nextId++;
                    ins.setInt(1, newId);
                    ins.setInt(2, objId);
                    ins.setInt(3, rs.getInt("item_id"));
                    ins.setLong(4, count);
                    ins.setInt(5, rs.getInt("enchant_level"));
                    ins.setString(6, location);
                    ins.setInt(7, slot);
                    ins.executeUpdate();
                    recordMap(g, "ITEM", Integer.toString(rs.getInt("object_id")), newId);
                    ids.put(rs.getInt("object_id"), newId);
                    r.imported(ITEMS);
                }
            }
        }
        return ids;
    }

    private void importSkills(Connection g, int srcId, int objId, String who, ImportReport r) throws SQLException {
        try (PreparedStatement q = src.prepareStatement(
                        "SELECT * FROM character_skills WHERE " + flavor.skillChar + " = ? ORDER BY skill_id");
                PreparedStatement ins = g.prepareStatement(
                        "INSERT INTO character_skills (char_id, skill_id, skill_level) VALUES (?, ?, ?)")) {
            q.setInt(1, srcId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    if (rs.getInt("class_index") != 0) {
                        r.skipped(SKILLS, "skill of a subclass (subclasses are not imported)", who);
                        continue;
                    }
                    ins.setInt(1, objId);
                    ins.setInt(2, rs.getInt("skill_id"));
                    ins.setInt(3, rs.getInt("skill_level"));
                    ins.executeUpdate();
                    r.imported(SKILLS);
                }
            }
        }
    }

    private void importQuests(Connection g, int srcId, int objId, String who, ImportReport r) throws SQLException {
        Map<String, Map<String, String>> quests = new LinkedHashMap<>();
        try (PreparedStatement q = src.prepareStatement(
                "SELECT * FROM character_quests WHERE " + L2jFlavor.QUEST_CHAR + " = ? ORDER BY name, var")) {
            q.setInt(1, srcId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String value = rs.getString("value");
                    quests.computeIfAbsent(rs.getString("name"), k -> new LinkedHashMap<>())
                            .put(rs.getString("var"), value == null ? "" : value);
                }
            }
        }
        try (PreparedStatement ins = g.prepareStatement("INSERT INTO character_quests (char_id, quest_name, quest_id,"
                        + " state, cond) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement var = g.prepareStatement(
                        "INSERT INTO character_quest_vars (char_id, quest_name, name, value) VALUES (?, ?, ?, ?)")) {
            for (var e : quests.entrySet()) {
                String quest = e.getKey();
                Map<String, String> vars = e.getValue();
                String what = who + ": " + quest;
                String rawState = vars.remove("<state>");
                int cond = 0;
                String rawCond = vars.get("cond");
                if (rawCond != null && rawCond.trim().matches("\\d{1,9}")) {
                    cond = Integer.parseInt(rawCond.trim());
                    vars.remove("cond");
                }
                String state = rawState != null ? L2jMappings.questState(rawState) : cond > 0 ? "STARTED" : "CREATED";
                if (state == null) {
                    r.skipped(QUESTS, "unknown state '" + rawState + "'", what);
                    continue;
                }
                OptionalInt id = L2jMappings.questId(quest);
                ins.setInt(1, objId);
                ins.setString(2, quest);
                if (id.isPresent()) {
                    ins.setInt(3, id.getAsInt());
                } else {
                    ins.setNull(3, java.sql.Types.INTEGER);
                }
                ins.setString(4, state);
                ins.setInt(5, cond);
                ins.executeUpdate();
                r.imported(QUESTS);
                for (var v : vars.entrySet()) {
                    var.setInt(1, objId);
                    var.setString(2, quest);
                    var.setString(3, v.getKey());
                    var.setString(4, v.getValue());
                    var.executeUpdate();
                    r.imported(QUEST_VARS);
                }
            }
        }
    }

    private void importShortcuts(
            Connection g, int srcId, int objId, String who, Map<Integer, Integer> itemIds, ImportReport r)
            throws SQLException {
        try (PreparedStatement q = src.prepareStatement(
                        "SELECT * FROM character_shortcuts WHERE " + flavor.shortcutChar + " = ? ORDER BY page, slot");
                PreparedStatement ins = g.prepareStatement("INSERT INTO character_shortcuts (char_id, page, slot,"
                        + " type, target_id, level) VALUES (?, ?, ?, ?, ?, ?)")) {
            q.setInt(1, srcId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    int page = rs.getInt("page");
                    int slot = rs.getInt("slot");
                    String what = who + ": page " + page + " slot " + slot;
                    if (rs.getInt("class_index") != 0) {
                        r.skipped(SHORTCUTS, "shortcut of a subclass (subclasses are not imported)", what);
                        continue;
                    }
                    String type = L2jMappings.shortcutType(rs.getString("type"), flavor.shortcutTypeByName);
                    if (type == null) {
                        r.skipped(SHORTCUTS, "type '" + rs.getString("type") + "' unknown", what);
                        continue;
                    }
                    if (page < 0 || page > 9 || slot < 0 || slot > 11) {
                        r.skipped(SHORTCUTS, "outside the 10 bars of 12 slots", what);
                        continue;
                    }
                    int target = rs.getInt(flavor.shortcutTarget);
                    if (type.equals("ITEM")) {
                        Integer mapped = itemIds.get(target);
                        if (mapped == null) {
                            r.skipped(SHORTCUTS, "its item was not imported", what);
                            continue;
                        }
                        target = mapped;
                    }
                    ins.setInt(1, objId);
                    ins.setInt(2, page);
                    ins.setInt(3, slot);
                    ins.setString(4, type);
                    ins.setInt(5, target);
                    ins.setInt(6, parseInt(rs.getString("level"), -1));
                    ins.executeUpdate();
                    r.imported(SHORTCUTS);
                }
            }
        }
    }

    private void importMacros(Connection g, int srcId, int objId, String who, ImportReport r) throws SQLException {
        try (PreparedStatement q = src.prepareStatement(
                        "SELECT * FROM character_macroses WHERE " + flavor.macroChar + " = ? ORDER BY id");
                PreparedStatement ins = g.prepareStatement("INSERT INTO character_macros (char_id, macro_id, icon,"
                        + " name, description, acronym) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement cmd = g.prepareStatement("INSERT INTO character_macro_commands (char_id, macro_id,"
                        + " position, type, d1, d2, command) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            q.setInt(1, srcId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    int macroId = rs.getInt("id");
                    String what = who + ": macro " + rs.getString("name");
                    ins.setInt(1, objId);
                    ins.setInt(2, macroId);
                    ins.setInt(3, rs.getInt("icon"));
                    ins.setString(4, cut(rs.getString("name"), 40));
                    ins.setString(5, cut(rs.getString("descr"), 80));
                    ins.setString(6, cut(rs.getString("acronym"), 4));
                    ins.executeUpdate();
                    r.imported(MACROS);
                    String commands = rs.getString("commands");
                    int position = 0;
                    for (String line : commands == null ? new String[0] : commands.split(";")) {
                        if (line.isBlank()) {
                            continue;
                        }
                        // type,d1,d2[,text]: the text may itself hold commas
                        String[] f = line.split(",", 4);
                        String type = f.length >= 3 ? L2jMappings.macroType(parseInt(f[0], -1)) : null;
                        if (type == null || parseInt(f[1], Integer.MIN_VALUE) == Integer.MIN_VALUE) {
                            r.skipped(MACRO_COMMANDS, "not of the form type,d1,d2[,text]", what + ": '" + line + "'");
                            continue;
                        }
                        cmd.setInt(1, objId);
                        cmd.setInt(2, macroId);
                        cmd.setInt(3, position++);
                        cmd.setString(4, type);
                        cmd.setInt(5, parseInt(f[1], 0));
                        cmd.setInt(6, parseInt(f[2], 0));
                        cmd.setString(7, f.length == 4 ? cut(f[3], 255) : "");
                        cmd.executeUpdate();
                        r.imported(MACRO_COMMANDS);
                    }
                }
            }
        }
    }

    // ---- friends and block lists ----

    private void importFriends(Connection g) throws SQLException {
        report.unmappedColumns("character_friends", unmapped(src, "character_friends", flavor.friendColumns()));
        try (Statement st = src.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT * FROM character_friends ORDER BY " + flavor.friendChar + ", " + flavor.friendOther);
                PreparedStatement friend =
                        g.prepareStatement("INSERT IGNORE INTO character_friends (char_id, friend_id) VALUES (?, ?)");
                PreparedStatement block = g.prepareStatement(
                        "INSERT IGNORE INTO character_block_list (char_id, blocked_id) VALUES (?, ?)")) {
            while (rs.next()) {
                int relation = rs.getInt("relation");
                String kind = relation == 1 ? BLOCKS : FRIENDS;
                String what = rs.getInt(flavor.friendChar) + " -> " + rs.getInt(flavor.friendOther);
                if (relation != 0 && relation != 1) {
                    report.skipped(FRIENDS, "relation " + relation + " unknown", what);
                    continue;
                }
                Integer a = charIds.get(rs.getInt(flavor.friendChar));
                Integer b = charIds.get(rs.getInt(flavor.friendOther));
                if (a == null || b == null) {
                    report.skipped(kind, "a character of it was not imported", what);
                    continue;
                }
                PreparedStatement ps = relation == 1 ? block : friend;
                ps.setInt(1, a);
                ps.setInt(2, b);
                if (ps.executeUpdate() == 1) {
                    report.imported(kind);
                } else {
                    report.already(kind);
                }
            }
        }
    }

    // ---- what was not read ----

    /** Items whose owner is not a character we know: clan warehouses, pets' inventories, skipped characters. */
    private void reportItemsOfOthers() throws SQLException {
        try (Statement st = src.createStatement();
                ResultSet rs = st.executeQuery("SELECT owner_id, loc, COUNT(*) FROM items GROUP BY owner_id, loc")) {
            while (rs.next()) {
                if (!charIds.containsKey(rs.getInt(1))) {
                    report.skipped(
                            ITEMS,
                            "owner is not an imported character (clan warehouse, pet, skipped character)",
                            rs.getInt(3),
                            "owner " + rs.getInt(1) + " " + rs.getString(2));
                }
            }
        }
    }

    private void reportUnread() throws SQLException {
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Connection c : srcLogin == src ? new Connection[] {src} : new Connection[] {src, srcLogin}) {
            Set<String> tables = new TreeSet<>();
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SHOW TABLES")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                if (L2jFlavor.TABLES_READ.contains(t.toLowerCase(java.util.Locale.ROOT)) || !seen.add(t)) {
                    continue;
                }
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM `" + t.replace("`", "``") + "`")) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        report.unreadTable(t, rs.getLong(1));
                    }
                }
            }
        }
    }

    /** Columns of a source table that the import does not read. */
    private static Set<String> unmapped(Connection c, String table, Set<String> read) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM " + table + " LIMIT 0")) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                if (!read.contains(md.getColumnName(i))) {
                    out.add(md.getColumnName(i));
                }
            }
        }
        return out;
    }

    private static int parseInt(String s, int otherwise) {
        if (s == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() > max ? s.substring(0, max) : s;
    }
}
