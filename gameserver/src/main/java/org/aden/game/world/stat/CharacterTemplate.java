package org.aden.game.world.stat;

/**
 * Base values of a starting class (the template every later class of the same race and type inherits).
 * Hit points grow per level as {@code base + add*(lvl-1) + mod*(lvl-1)^2}.
 */
public record CharacterTemplate(
        int baseClassId,
        int race,
        boolean mystic,
        int str,
        int dex,
        int con,
        int intel,
        int wit,
        int men,
        double hpBase,
        double hpAdd,
        double hpMod,
        double mpBase,
        double mpAdd,
        double mpMod,
        double cpBase,
        double cpAdd,
        double cpMod,
        int runSpeed,
        int walkSpeed,
        int swimSpeed,
        double collisionRadiusMale,
        double collisionHeightMale,
        double collisionRadiusFemale,
        double collisionHeightFemale,
        int spawnX,
        int spawnY,
        int spawnZ,
        int basePAtk,
        int baseMAtk,
        int baseAttackSpeed,
        int baseCritical,
        int[] nakedPDef,
        int[] nakedMDef) {

    public CharacterTemplate {
        nakedPDef = nakedPDef.clone();
        nakedMDef = nakedMDef.clone();
    }

    /** A copy with the base attributes, level-one vitals, speeds, collision, combat and naked defence replaced. */
    public CharacterTemplate withBase(
            int str,
            int dex,
            int con,
            int intel,
            int wit,
            int men,
            double hp,
            double mp,
            double cp,
            int run,
            int walk,
            int swim,
            double rM,
            double hM,
            double rF,
            double hF,
            int pAtk,
            int mAtk,
            int atkSpeed,
            int crit,
            int[] pdef,
            int[] mdef) {
        return new CharacterTemplate(
                baseClassId,
                race,
                mystic,
                str,
                dex,
                con,
                intel,
                wit,
                men,
                hp,
                hpAdd,
                hpMod,
                mp,
                mpAdd,
                mpMod,
                cp,
                cpAdd,
                cpMod,
                run,
                walk,
                swim,
                rM,
                hM,
                rF,
                hF,
                spawnX,
                spawnY,
                spawnZ,
                pAtk,
                mAtk,
                atkSpeed,
                crit,
                pdef,
                mdef);
    }

    public double hpAt(int level) {
        return grow(hpBase, hpAdd, hpMod, level);
    }

    public double mpAt(int level) {
        return grow(mpBase, mpAdd, mpMod, level);
    }

    public double cpAt(int level) {
        return grow(cpBase, cpAdd, cpMod, level);
    }

    private static double grow(double base, double add, double mod, int level) {
        int l = Math.max(0, level - 1);
        return base + add * l + mod * l * l;
    }

    public double collisionRadius(int sex) {
        return sex == 1 ? collisionRadiusFemale : collisionRadiusMale;
    }

    public double collisionHeight(int sex) {
        return sex == 1 ? collisionHeightFemale : collisionHeightMale;
    }
}
