package org.aden.game.cast;

import java.util.List;
import org.aden.game.actor.Player;
import org.aden.game.item.Inventory;
import org.aden.game.item.WornKinds;

/** A skill's {@code <using kind>} condition on the caster ({@link WornKinds}). */
final class Equipped {
    private Equipped() {}

    static boolean fits(Player p, List<String> kinds) {
        return kinds.isEmpty() || WornKinds.fits(Inventory.of(p).equippedTemplates(), kinds);
    }
}
