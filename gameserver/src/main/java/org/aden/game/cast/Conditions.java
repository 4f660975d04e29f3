package org.aden.game.cast;

import java.util.Map;
import org.aden.game.actor.Player;
import org.aden.game.item.Inventory;
import org.aden.game.item.ItemTemplate;
import org.aden.game.item.PaperdollSlot;
import org.aden.game.item.WornKinds;
import org.aden.game.skill.SkillCondition;

/** Evaluates a skill's {@link SkillCondition} on the player who casts it, at the moment of the request. */
final class Conditions {
    private Conditions() {}

    static boolean holds(Player p, SkillCondition c) {
        if (c == null) {
            return true;
        }
        return switch (c.kind()) {
            case AND -> c.children().stream().allMatch(x -> holds(p, x));
            case OR -> c.children().stream().anyMatch(x -> holds(p, x));
            case NOT -> c.children().stream().noneMatch(x -> holds(p, x));
            case USING_KIND -> WornKinds.fits(Inventory.of(p).equippedTemplates(), c.kinds());
            case TWO_HANDED -> twoHanded(Inventory.of(p).equippedTemplates());
            case HP_AT_MOST -> p.curHp() * 100.0 <= c.value() * p.maxHp();
            case TRUE -> true;
        };
    }

    private static boolean twoHanded(Map<PaperdollSlot, ItemTemplate> worn) {
        ItemTemplate w = worn.get(PaperdollSlot.RIGHT_HAND);
        return w != null && w.isWeapon() && (w.bodyPart() & PaperdollSlot.MASK_TWO_HANDS) != 0;
    }
}
