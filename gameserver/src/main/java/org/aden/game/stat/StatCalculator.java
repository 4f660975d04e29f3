package org.aden.game.stat;

import java.util.EnumMap;
import java.util.Map;
import org.aden.game.actor.CharacterStats;
import org.aden.game.character.template.CharacterTemplate;
import org.aden.game.item.ItemTemplate;
import org.aden.game.item.PaperdollSlot;

/**
 * Derives a character's stats from its class template (the datapack's, with {@link LevelGrowth}), level and equipped items with the Interlude
 * formulas: attribute bonuses are exponential in the attribute, level scales attack and defence by
 * (level + 89) / 100, and an item in a slot replaces the naked base defence of that slot.
 */
public final class StatCalculator {
    private StatCalculator() {}

    public static double strBonus(int v) {
        return Math.pow(1.036, v - 34.845);
    }

    static double intBonus(int v) {
        return Math.pow(1.020, v - 31.375);
    }

    public static double dexBonus(int v) {
        return Math.pow(1.009, v - 19.360);
    }

    public static double witBonus(int v) {
        return Math.pow(1.050, v - 20.000);
    }

    static double conBonus(int v) {
        return Math.pow(1.030, v - 27.632);
    }

    static double menBonus(int v) {
        return Math.pow(1.010, v + 0.060);
    }

    /**
     * @param t the starting class's datapack template
     * @param equipped the templates of the worn items by slot
     */
    public static CharacterStats compute(
            CharacterTemplate t, int level, int sex, Map<PaperdollSlot, ItemTemplate> equipped) {
        LevelGrowth.Growth g = LevelGrowth.of(t.classId());
        double levelMod = (level + 89) / 100.0;
        Map<PaperdollSlot, Integer> pdefParts = nakedPDef(t.unarmedDefence());
        Map<PaperdollSlot, Integer> mdefParts = nakedMDef(t.unarmedDefence());
        ItemTemplate weapon = null;
        for (Map.Entry<PaperdollSlot, ItemTemplate> e : equipped.entrySet()) {
            ItemTemplate it = e.getValue();
            if (it.isWeapon()) {
                weapon = it;
                continue;
            }
            if (it.pDef() > 0) {
                pdefParts.put(e.getKey(), it.pDef());
                if (it.bodyPart() == PaperdollSlot.MASK_FULL_ARMOR) {
                    pdefParts.put(PaperdollSlot.LEGS, 0);
                }
            }
            if (it.mDef() > 0) {
                mdefParts.put(e.getKey(), it.mDef());
            }
        }
        CharacterTemplate.BaseStats b = t.stats();
        CharacterTemplate.Combat combat = t.combat();
        double str = strBonus(b.str());
        double dex = dexBonus(b.dex());
        double con = conBonus(b.con());
        double intel = intBonus(b.intelligence());
        double wit = witBonus(b.wit());
        double men = menBonus(b.men());

        double basePAtk = weapon != null ? weapon.pAtk() : combat.pAtk();
        double baseMAtk = weapon != null ? weapon.mAtk() : combat.mAtk();
        double baseSpeed = weapon != null ? weapon.attackSpeed() : combat.attackSpeed();
        double baseCrit = weapon != null ? weapon.critical() : combat.critical();
        int pDef = (int) (sum(pdefParts) * levelMod);
        int mDef = (int) (sum(mdefParts) * men * levelMod);
        int accuracy = (int) (Math.sqrt(b.dex()) * 6 + level);
        CharacterTemplate.Collision collision = t.collision(sex);
        return new CharacterStats(
                b.str(),
                b.dex(),
                b.con(),
                b.intelligence(),
                b.wit(),
                b.men(),
                (int) (g.grow(t.levelOneHp(), g.hpAdd(), g.hpMod(), level) * con),
                (int) (g.grow(t.levelOneMp(), g.mpAdd(), g.mpMod(), level) * men),
                (int) (g.grow(t.levelOneCp(), g.cpAdd(), g.cpMod(), level) * con),
                (int) (basePAtk * str * levelMod),
                (int) (baseSpeed * dex),
                pDef,
                accuracy,
                accuracy,
                (int) (baseCrit * dex * 10),
                (int) (baseMAtk * intel * intel * levelMod * levelMod),
                (int) (333 * wit),
                mDef,
                t.speed().run(),
                t.speed().walk(),
                t.speed().swim(),
                (int) (69000 * con),
                collision.radius(),
                collision.height());
    }

    /** P.Def of each armour slot with nothing in it. */
    static Map<PaperdollSlot, Integer> nakedPDef(CharacterTemplate.UnarmedDefence u) {
        Map<PaperdollSlot, Integer> m = new EnumMap<>(PaperdollSlot.class);
        m.put(PaperdollSlot.CHEST, u.chest());
        m.put(PaperdollSlot.LEGS, u.legs());
        m.put(PaperdollSlot.HEAD, u.head());
        m.put(PaperdollSlot.FEET, u.feet());
        m.put(PaperdollSlot.GLOVES, u.gloves());
        m.put(PaperdollSlot.UNDERWEAR, u.underwear());
        m.put(PaperdollSlot.BACK, u.back());
        return m;
    }

    /** M.Def of each jewel slot with nothing in it. */
    static Map<PaperdollSlot, Integer> nakedMDef(CharacterTemplate.UnarmedDefence u) {
        Map<PaperdollSlot, Integer> m = new EnumMap<>(PaperdollSlot.class);
        m.put(PaperdollSlot.RIGHT_EAR, u.rightEar());
        m.put(PaperdollSlot.LEFT_EAR, u.leftEar());
        m.put(PaperdollSlot.RIGHT_FINGER, u.rightFinger());
        m.put(PaperdollSlot.LEFT_FINGER, u.leftFinger());
        m.put(PaperdollSlot.NECK, u.neck());
        return m;
    }

    private static int sum(Map<PaperdollSlot, Integer> parts) {
        int s = 0;
        for (int v : parts.values()) {
            s += v;
        }
        return s;
    }
}
