package org.aden.tools.importer.l2j;

import java.util.Base64;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aden.login.account.PasswordHasher;

/** How L2J values become ours; each method answers null (or empty) for a value we cannot map. */
final class L2jMappings {
    private L2jMappings() {}

    /**
     * L2J paperdoll index (items.loc_data when loc = PAPERDOLL, the same in Mobius and aCis) to our PaperdollSlot id,
     * matched by the slot's name: L2J numbers the left ear and finger first, and face before hair.
     */
    private static final int[] PAPERDOLL = {
        0, // UNDER -> UNDERWEAR
        2, // LEAR -> LEFT_EAR
        1, // REAR -> RIGHT_EAR
        3, // NECK
        5, // LFINGER -> LEFT_FINGER
        4, // RFINGER -> RIGHT_FINGER
        6, // HEAD
        7, // RHAND (two-handed weapons too, as ours)
        8, // LHAND
        9, // GLOVES
        10, // CHEST (full-body armour too, as ours)
        11, // LEGS
        12, // FEET
        13, // CLOAK / BACK -> BACK
        16, // FACE
        14, // HAIR
        15, // HAIR2 (Mobius) / HAIRALL (aCis)
    };

    /** Our PaperdollSlot id, or -1 for an index L2J Interlude does not have. */
    static int paperdollSlot(int l2jIndex) {
        return l2jIndex >= 0 && l2jIndex < PAPERDOLL.length ? PAPERDOLL[l2jIndex] : -1;
    }

    /** Our item location for an L2J {@code loc}, or null (CLANWH, PET, PET_EQUIP, LEASE, FREIGHT, MAIL, ...). */
    static String itemLocation(String loc) {
        if (loc == null) {
            return null;
        }
        return switch (loc.toUpperCase(Locale.ROOT)) {
            case "INVENTORY" -> "INVENTORY";
            case "PAPERDOLL" -> "PAPERDOLL";
            case "WAREHOUSE" -> "WAREHOUSE";
            default -> null;
        };
    }

    /** The value of the {@code <state>} quest variable: Mobius writes names, aCis the byte. */
    static String questState(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim()) {
            case "Start", "Created", "0" -> "CREATED";
            case "Started", "1" -> "STARTED";
            case "Completed", "2" -> "COMPLETED";
            default -> null;
        };
    }

    private static final Pattern QUEST_NUMBER = Pattern.compile("^[Qq]?0*(\\d{1,5})_");

    /** The quest id in a script name such as 'Q00201_FightersTutorial' or '255_Tutorial'. */
    static OptionalInt questId(String name) {
        Matcher m = QUEST_NUMBER.matcher(name);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    private static final String[] SHORTCUT_TYPES = {null, "ITEM", "SKILL", "ACTION", "MACRO", "RECIPE"};

    /** Shortcut type from Mobius' ordinal ("2") or aCis' name ("SKILL"); null for NONE or unknown. */
    static String shortcutType(String value, boolean byName) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        if (byName) {
            String u = v.toUpperCase(Locale.ROOT);
            for (String t : SHORTCUT_TYPES) {
                if (u.equals(t)) {
                    return t;
                }
            }
            return null;
        }
        try {
            int i = Integer.parseInt(v);
            return i > 0 && i < SHORTCUT_TYPES.length ? SHORTCUT_TYPES[i] : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final String[] MACRO_TYPES = {null, "SKILL", "ACTION", "TEXT", "SHORTCUT", "ITEM", "DELAY"};

    /** A macro command's type: the client's number, which both servers store. */
    static String macroType(int value) {
        return value > 0 && value < MACRO_TYPES.length ? MACRO_TYPES[value] : null;
    }

    private static final Pattern BCRYPT = Pattern.compile("^\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}$");

    /**
     * Our password_hash for an L2J one: a bcrypt hash (newer aCis) as is, Base64(SHA-1) (Mobius, older aCis) as
     * {@code {sha1}...}, which the login server accepts once and then replaces with bcrypt. Null if neither.
     */
    static String passwordHash(String l2j) {
        if (l2j == null) {
            return null;
        }
        String h = l2j.trim();
        if (BCRYPT.matcher(h).matches()) {
            return h;
        }
        try {
            if (Base64.getDecoder().decode(h).length == 20) {
                return PasswordHasher.LEGACY_SHA1_PREFIX + h;
            }
        } catch (IllegalArgumentException e) {
            // not Base64
        }
        return null;
    }
}
