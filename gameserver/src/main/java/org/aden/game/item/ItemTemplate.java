package org.aden.game.item;

/**
 * What the world needs to know about an item template to show it and to compute stats.
 * bodyPart is the slot bit mask of world-items.md §1.2; type1/type2 as in §1.3.
 */
public record ItemTemplate(
        int itemId,
        String name,
        int bodyPart,
        int type1,
        int type2,
        boolean stackable,
        int weight,
        int pAtk,
        int mAtk,
        int pDef,
        int mDef,
        int attackSpeed,
        int critical) {

    public boolean isWeapon() {
        return type2 == 0 && (bodyPart == PaperdollSlot.MASK_RIGHT_HAND || bodyPart == PaperdollSlot.MASK_TWO_HANDS);
    }

    public static ItemTemplate etc(int itemId, String name, boolean stackable, int type2) {
        return new ItemTemplate(itemId, name, 0, 4, type2, stackable, 0, 0, 0, 0, 0, 0, 0);
    }
}
