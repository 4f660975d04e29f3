package org.aden.tools.datapack.importer;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns the source's names (camelCase, UPPER_SNAKE) into the datapack's lower-case kebab-case. */
public final class Names {
    private Names() {}

    /** "pAtkSpd" → "p-atk-spd", "HP_REGEN" → "hp-regen", "HPRegen" → "hp-regen", "STR" → "str". */
    public static String kebab(String name) {
        if (name == null) {
            return null;
        }
        String s = name.trim().replace(' ', '_');
        if (s.equals(s.toUpperCase(Locale.ROOT)) || s.contains("_")) {
            return collapse(s.replace('_', '-').toLowerCase(Locale.ROOT));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                char before = s.charAt(i - 1);
                boolean nextLower = i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1));
                if (Character.isLowerCase(before)
                        || Character.isDigit(before)
                        || (Character.isUpperCase(before) && nextLower)) {
                    out.append('-');
                }
            }
            out.append(Character.toLowerCase(c));
        }
        return collapse(out.toString());
    }

    private static String collapse(String s) {
        return s.replaceAll("-+", "-").replaceAll("^-|-$", "");
    }

    /** An enumeration value: "SWORD" → "sword", "Monster" → "monster"; numbers and true/false stay. */
    public static String value(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        if (Numbers.isNumber(v) || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Numbers.isNumber(v) ? Numbers.normalize(v) : v.toLowerCase(Locale.ROOT);
        }
        if (v.matches("[A-Za-z][A-Za-z0-9_]*")) {
            return kebab(v);
        }
        return v;
    }

    /** A list in the source ("SWORD,BLUNT", "0;0;40;120") as a space-separated list of values. */
    public static String list(String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(value.trim().split("[,;\\s]+"))
                .filter(s -> !s.isEmpty())
                .map(Names::value)
                .collect(Collectors.joining(" "));
    }

    /** A file name for a source name: "DenOfEvil.xml" → "den-of-evil", "Eva'sSaint" → "evas-saint". */
    public static String fileStem(String sourceName) {
        String stem = sourceName.replaceFirst("\\.xml$", "").replace("'", "");
        return kebab(stem);
    }
}
