package org.aden.game.item;

import java.util.List;

/**
 * An item template from {@code datapack/items}: what the world needs to show an item, weigh it, price it and
 * compute the stats it gives. Immutable; {@link #stats()} holds the base values the stat formulas start from,
 * {@link #modifiers()} every other stat operation of the template (accuracy, max MP, enchant bonuses...).
 *
 * @param bodyPart the slot bit mask of world-items.md §1.2 (0 when it cannot be worn)
 * @param type the weapon, armour or etc type as the datapack names it ("sword", "light", "potion"...), or ""
 * @param action what double-clicking does ("equip", "capsule", "none"...)
 */
public record ItemTemplate(
        int itemId,
        String name,
        Kind kind,
        String type,
        int bodyPart,
        Grade grade,
        int crystalCount,
        int weight,
        int price,
        boolean stackable,
        boolean questItem,
        String action,
        Stats stats,
        Rules rules,
        List<ItemSkill> skills,
        List<StatOp> modifiers) {

    public enum Kind {
        WEAPON,
        ARMOUR,
        ETC
    }

    public enum Grade {
        NONE,
        D,
        C,
        B,
        A,
        S
    }

    /** Base combat values: a weapon's attack, an armour piece's or shield's defence. */
    public record Stats(
            int pAtk,
            int mAtk,
            int pDef,
            int mDef,
            int attackSpeed,
            int critical,
            int shieldDefence,
            int shieldRate,
            int attackRange,
            int randomDamage,
            int soulshots,
            int spiritshots,
            int mpConsume,
            boolean magicWeapon) {
        public static final Stats NONE = new Stats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false);
    }

    /** What a player may do with the item. */
    public record Rules(
            boolean tradable,
            boolean droppable,
            boolean sellable,
            boolean depositable,
            boolean destroyable,
            boolean enchantable) {
        public static final Rules FREE = new Rules(true, true, true, true, true, false);
    }

    /** A skill the item gives while worn or used; {@code trigger} is null for a passive one, else "critical"... */
    public record ItemSkill(int skillId, int level, String trigger, double chance) {}

    /** One stat operation ({@code op} is set, add, sub, mul, div, enchant, share or basemul). */
    public record StatOp(String op, String stat, double value) {}

    public ItemTemplate {
        skills = List.copyOf(skills);
        modifiers = List.copyOf(modifiers);
    }

    public int pAtk() {
        return stats.pAtk();
    }

    public int mAtk() {
        return stats.mAtk();
    }

    public int pDef() {
        return stats.pDef();
    }

    public int mDef() {
        return stats.mDef();
    }

    public int attackSpeed() {
        return stats.attackSpeed();
    }

    public int critical() {
        return stats.critical();
    }

    public boolean isWeapon() {
        return kind == Kind.WEAPON;
    }

    public boolean isEquipable() {
        return bodyPart != 0;
    }

    /** Earrings, rings, necklaces and hair accessories. */
    public boolean isJewel() {
        return (bodyPart
                        & (PaperdollSlot.MASK_EARRING
                                | PaperdollSlot.MASK_RING
                                | PaperdollSlot.MASK_NECK
                                | PaperdollSlot.MASK_HAIR
                                | PaperdollSlot.MASK_FACE
                                | PaperdollSlot.MASK_HAIR_ALL))
                != 0;
    }

    /** world-items.md §1.3: 0 weapon and jewellery, 1 armour and shield, 4 everything else. */
    public int type1() {
        if (kind == Kind.WEAPON) {
            return 0;
        }
        if (kind == Kind.ARMOUR) {
            return isJewel() ? 0 : 1;
        }
        return 4;
    }

    /** world-items.md §1.3: 0 weapon, 1 armour, 2 accessory, 3 quest item, 4 adena, 5 other. */
    public int type2() {
        if (kind == Kind.WEAPON) {
            return 0;
        }
        if (kind == Kind.ARMOUR) {
            return isJewel() ? 2 : 1;
        }
        if (questItem) {
            return 3;
        }
        return itemId == ADENA ? 4 : 5;
    }

    public static final int ADENA = 57;

    /** Stands in for an id the datapack does not define (an item left in the database by an older datapack). */
    public static ItemTemplate unknown(int itemId) {
        return new ItemTemplate(
                itemId,
                "item " + itemId,
                Kind.ETC,
                "",
                0,
                Grade.NONE,
                0,
                0,
                0,
                false,
                false,
                "none",
                Stats.NONE,
                Rules.FREE,
                List.of(),
                List.of());
    }
}
