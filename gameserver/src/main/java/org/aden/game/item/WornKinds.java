package org.aden.game.item;

import java.util.List;
import java.util.Map;

/**
 * A skill's {@code <using kind>} condition against what a player wears: one of the kinds is the weapon in hand,
 * the body armour's type ("light", "heavy", "magic") or a shield. Used for casting and for passive stat bonuses.
 */
public final class WornKinds {
    private WornKinds() {}

    public static boolean fits(Map<PaperdollSlot, ItemTemplate> worn, List<String> kinds) {
        if (kinds.isEmpty()) {
            return true;
        }
        ItemTemplate weapon = worn.get(PaperdollSlot.RIGHT_HAND);
        ItemTemplate chest = worn.get(PaperdollSlot.CHEST);
        ItemTemplate left = worn.get(PaperdollSlot.LEFT_HAND);
        for (String k : kinds) {
            if ((weapon != null && weapon.isWeapon() && k.equals(weapon.type()))
                    || (chest != null && k.equals(chest.type()))
                    || (k.equals("shield") && left != null && !left.isWeapon() && !"arrow".equals(left.type()))) {
                return true;
            }
        }
        return false;
    }
}
