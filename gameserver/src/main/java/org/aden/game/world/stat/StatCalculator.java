package org.aden.game.world.stat;

import java.util.List;

/**
 * Derives a character's stats from its class template, level and equipped items with the Interlude
 * formulas: attribute bonuses are exponential in the attribute, level scales attack and defence by
 * (level + 89) / 100, and an item in a slot replaces the naked base defence of that slot.
 */
public final class StatCalculator {
    private StatCalculator() {}

    static double strBonus(int v) {
        return Math.pow(1.036, v - 34.845);
    }

    static double intBonus(int v) {
        return Math.pow(1.020, v - 31.375);
    }

    static double dexBonus(int v) {
        return Math.pow(1.009, v - 19.360);
    }

    static double witBonus(int v) {
        return Math.pow(1.050, v - 20.000);
    }

    static double conBonus(int v) {
        return Math.pow(1.030, v - 27.632);
    }

    static double menBonus(int v) {
        return Math.pow(1.010, v + 0.060);
    }

    public static CharacterStats compute(CharacterTemplate t, int level, int sex, List<InventoryItem> equipped) {
        double levelMod = (level + 89) / 100.0;
        int[] pdefParts = t.nakedPDef().clone();
        int[] mdefParts = t.nakedMDef().clone();
        ItemTemplate weapon = null;
        for (InventoryItem item : equipped) {
            if (!item.equipped()) {
                continue;
            }
            ItemTemplate it = item.template();
            int pos = item.paperdollPosition();
            if (it.isWeapon()) {
                weapon = it;
                continue;
            }
            if (it.pDef() > 0) {
                pdefParts[pos] = it.pDef();
                if (it.bodyPart() == BodyPart.FULL_ARMOR) {
                    pdefParts[BodyPart.P_LEGS] = 0;
                }
            }
            if (it.mDef() > 0) {
                mdefParts[pos] = it.mDef();
            }
        }
        double str = strBonus(t.str());
        double dex = dexBonus(t.dex());
        double con = conBonus(t.con());
        double intel = intBonus(t.intel());
        double wit = witBonus(t.wit());
        double men = menBonus(t.men());

        double basePAtk = weapon != null ? weapon.pAtk() : t.basePAtk();
        double baseMAtk = weapon != null ? weapon.mAtk() : t.baseMAtk();
        double baseSpeed = weapon != null ? weapon.attackSpeed() : t.baseAttackSpeed();
        double baseCrit = weapon != null ? weapon.critical() : t.baseCritical();
        int pDef = (int) (sum(pdefParts) * levelMod);
        int mDef = (int) (sum(mdefParts) * men * levelMod);
        int accuracy = (int) (Math.sqrt(t.dex()) * 6 + level);
        return new CharacterStats(
                t.str(),
                t.dex(),
                t.con(),
                t.intel(),
                t.wit(),
                t.men(),
                (int) (t.hpAt(level) * con),
                (int) (t.mpAt(level) * men),
                (int) (t.cpAt(level) * con),
                (int) (basePAtk * str * levelMod),
                (int) (baseSpeed * dex),
                pDef,
                accuracy,
                accuracy,
                (int) (baseCrit * dex * 10),
                (int) (baseMAtk * intel * intel * levelMod * levelMod),
                (int) (333 * wit),
                mDef,
                t.runSpeed(),
                t.walkSpeed(),
                t.swimSpeed(),
                (int) (69000 * con),
                t.collisionRadius(sex),
                t.collisionHeight(sex));
    }

    private static int sum(int[] a) {
        int s = 0;
        for (int v : a) {
            s += v;
        }
        return s;
    }
}
