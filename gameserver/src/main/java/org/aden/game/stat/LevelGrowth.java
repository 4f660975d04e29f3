package org.aden.game.stat;

import java.util.HashMap;
import java.util.Map;

/**
 * PLACEHOLDER until the datapack's class tables arrive: how HP/MP/CP grow per level for each starting class
 * ({@code levelOne + add*(lvl-1) + mod*(lvl-1)^2}, an approximation of the L2J Interlude tables) and which
 * starting class every Interlude class id descends from.
 */
public final class LevelGrowth {
    /** Growth coefficients of one starting class. */
    public record Growth(double hpAdd, double hpMod, double mpAdd, double mpMod, double cpAdd, double cpMod) {
        public double grow(double levelOne, double add, double mod, int level) {
            int l = Math.max(0, level - 1);
            return levelOne + add * l + mod * l * l;
        }
    }

    private static final Growth FIGHTER = new Growth(11.83, 0.01, 5.46, 0.003, 9.5, 0.01);
    private static final Growth MYSTIC = new Growth(15.57, 0.01, 7.38, 0.003, 7.8, 0.01);
    private static final Growth ELF_FIGHTER = new Growth(12.74, 0.01, 5.46, 0.003, 10.2, 0.01);
    private static final Growth ORC_FIGHTER = new Growth(12.64, 0.01, 5.46, 0.003, 10.1, 0.01);

    private static final Map<Integer, Integer> BASE_OF = new HashMap<>();
    private static final Map<Integer, Growth> GROWTH = new HashMap<>();

    static {
        add(0, FIGHTER, 1, 2, 3, 4, 5, 6, 7, 8, 9, 88, 89, 90, 91, 92, 93);
        add(10, MYSTIC, 11, 12, 13, 14, 15, 16, 17, 94, 95, 96, 97, 98);
        add(18, ELF_FIGHTER, 19, 20, 21, 22, 23, 24, 99, 100, 101, 102);
        add(25, MYSTIC, 26, 27, 28, 29, 30, 103, 104, 105);
        add(31, ELF_FIGHTER, 32, 33, 34, 35, 36, 37, 106, 107, 108, 109);
        add(38, MYSTIC, 39, 40, 41, 42, 43, 110, 111, 112);
        add(44, ORC_FIGHTER, 45, 46, 47, 48, 113, 114);
        add(49, MYSTIC, 50, 51, 52, 115, 116);
        add(53, ORC_FIGHTER, 54, 55, 56, 57, 117, 118);
    }

    private LevelGrowth() {}

    private static void add(int base, Growth g, int... derived) {
        GROWTH.put(base, g);
        BASE_OF.put(base, base);
        for (int c : derived) {
            BASE_OF.put(c, base);
        }
    }

    /** The starting class a class descends from; unknown class ids fall back to Human Fighter (0). */
    public static int baseClassOf(int classId) {
        return BASE_OF.getOrDefault(classId, 0);
    }

    public static Growth of(int baseClassId) {
        return GROWTH.getOrDefault(baseClassId, FIGHTER);
    }
}
