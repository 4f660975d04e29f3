package org.aden.game.cast;

import java.util.Map;

/**
 * The abnormal visual effect bits of CharInfo, NpcInfo and UserInfo for the datapack's
 * {@code abnormal-visual-effect} names (docs/protocol/combat-effects.md §7: Mobius CT_0 and the L2J C6 line agree
 * on the low bits; fear's bit differs, Mobius's is used).
 */
final class VisualEffects {
    private static final Map<String, Integer> MASKS = Map.ofEntries(
            Map.entry("dot-bleeding", 0x00000001),
            Map.entry("dot-poison", 0x00000002),
            Map.entry("stun", 0x00000040),
            Map.entry("sleep", 0x00000080),
            Map.entry("silence", 0x00000100),
            Map.entry("root", 0x00000200),
            Map.entry("paralyze", 0x00000400),
            Map.entry("flesh-stone", 0x00000800),
            Map.entry("big-head", 0x00002000),
            Map.entry("change-texture", 0x00008000),
            Map.entry("big-body", 0x00010000),
            Map.entry("floating-root", 0x00020000),
            Map.entry("ghost-stun", 0x00080000),
            Map.entry("stealth", 0x00100000),
            Map.entry("magic-square", 0x00800000),
            Map.entry("ultimate-defence", 0x08000000),
            Map.entry("turn-flee", 0x80000000));

    private VisualEffects() {}

    /** The bit of one name; 0 for "none", unknown names and the special set (invincibility) not in this mask. */
    static int mask(String name) {
        return MASKS.getOrDefault(name, 0);
    }
}
