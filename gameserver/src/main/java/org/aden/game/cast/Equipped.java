package org.aden.game.cast;

import java.util.List;
import org.aden.game.actor.Player;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemTemplate;
import org.aden.game.item.PaperdollSlot;

/** A skill's {@code <using kind>} condition: one of the kinds is the weapon in hand, the body armour or a shield. */
final class Equipped {
    private Equipped() {}

    static boolean fits(Player p, List<String> kinds) {
        if (kinds.isEmpty()) {
            return true;
        }
        var worn = Inventory.of(p).equippedTemplates();
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
