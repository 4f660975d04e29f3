package org.aden.game.item;

import java.util.HashMap;
import java.util.Map;

/**
 * Item templates known to the world. PLACEHOLDER SOURCE: {@link #builtin()} hard-codes the starting
 * equipment of every class and a few common items until the datapack items loader replaces it.
 */
public final class ItemCatalog {
    private final Map<Integer, ItemTemplate> items = new HashMap<>();

    public static ItemCatalog builtin() {
        ItemCatalog c = new ItemCatalog();
        c.add(ItemTemplate.etc(57, "Adena", true, 4));
        c.add(ItemTemplate.etc(5588, "Tutorial Guide", false, 5));
        c.add(ItemTemplate.etc(1835, "Soulshot: No Grade", true, 5));
        c.add(ItemTemplate.etc(736, "Scroll of Escape", true, 5));
        c.add(weapon(2369, "Squire's Sword", PaperdollSlot.MASK_RIGHT_HAND, 6, 5, 379, 8));
        c.add(weapon(2370, "Guild Member's Club", PaperdollSlot.MASK_RIGHT_HAND, 6, 5, 379, 4));
        c.add(weapon(6, "Apprentice's Wand", PaperdollSlot.MASK_RIGHT_HAND, 5, 7, 379, 4));
        c.add(weapon(2368, "Training Gloves", PaperdollSlot.MASK_TWO_HANDS, 6, 5, 325, 4));
        c.add(weapon(10, "Dagger", PaperdollSlot.MASK_RIGHT_HAND, 5, 5, 433, 12));
        c.add(armor(1146, "Squire's Shirt", PaperdollSlot.MASK_CHEST, 33, 0));
        c.add(armor(1147, "Squire's Pants", PaperdollSlot.MASK_LEGS, 20, 0));
        c.add(armor(425, "Apprentice's Tunic", PaperdollSlot.MASK_CHEST, 17, 0));
        c.add(armor(461, "Apprentice's Stockings", PaperdollSlot.MASK_LEGS, 10, 0));
        return c;
    }

    private static ItemTemplate weapon(int id, String name, int part, int pAtk, int mAtk, int speed, int crit) {
        return new ItemTemplate(id, name, part, 0, 0, false, 1500, pAtk, mAtk, 0, 0, speed, crit);
    }

    private static ItemTemplate armor(int id, String name, int part, int pDef, int mDef) {
        return new ItemTemplate(id, name, part, 1, 1, false, 1000, 0, 0, pDef, mDef, 0, 0);
    }

    public void add(ItemTemplate t) {
        items.put(t.itemId(), t);
    }

    /** The template, or a plain "other" item when the id is not known yet (shown, never stat-bearing). */
    public ItemTemplate get(int itemId) {
        ItemTemplate t = items.get(itemId);
        return t != null ? t : ItemTemplate.etc(itemId, "item " + itemId, false, 5);
    }
}
