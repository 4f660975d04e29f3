package org.aden.tools.datapack.importer;

import java.math.BigDecimal;

/** Plain decimals as the datapack writes them: no exponent, no trailing zeros ("40.0" becomes "40"). */
public final class Numbers {
    private Numbers() {}

    public static String format(double value) {
        return normalize(BigDecimal.valueOf(value).toPlainString());
    }

    /** "40.0" → "40", "0.50" → "0.5", "-0" → "0"; anything that is not a number is returned as it is. */
    public static String normalize(String value) {
        if (value == null || !isNumber(value)) {
            return value;
        }
        String plain = new BigDecimal(value.trim()).stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }

    public static boolean isNumber(String value) {
        return value != null && value.trim().matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    }

    /** True when both are the same number, or the same text (case-insensitive for true/false). */
    public static boolean sameValue(String a, String b) {
        if (isNumber(a) && isNumber(b)) {
            return new BigDecimal(a.trim()).compareTo(new BigDecimal(b.trim())) == 0;
        }
        return a.equalsIgnoreCase(b);
    }
}
