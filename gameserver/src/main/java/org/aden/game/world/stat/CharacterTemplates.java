package org.aden.game.world.stat;

import java.util.HashMap;
import java.util.Map;

/**
 * The nine starting-class templates and the mapping of every Interlude class id to one of them.
 * Base attributes, speeds and collision sizes follow the L2J data for Interlude; HP/MP/CP growth
 * coefficients are an approximation until the datapack's class tables replace this table.
 */
public final class CharacterTemplates {
    private final Map<Integer, CharacterTemplate> byBaseClass = new HashMap<>();
    private final Map<Integer, Integer> baseOf = new HashMap<>();

    public CharacterTemplates() {
        add(
                t(
                        0, 0, false, 40, 30, 43, 21, 11, 25, 80, 11.83, 0.01, 30, 5.46, 0.003, 32, 9.5, 0.01, 115, 80,
                        50, 9, 23, 8, 23.5, -71338, 258271, -3104),
                1,
                2,
                3,
                4,
                5,
                6,
                7,
                8,
                9,
                88,
                89,
                90,
                91,
                92,
                93);
        add(
                t(
                        10, 0, true, 22, 21, 27, 41, 20, 39, 101, 15.57, 0.01, 40, 7.38, 0.003, 50.5, 7.8, 0.01, 120,
                        78, 50, 7.5, 22.8, 6.5, 22.5, -90875, 248162, -3570),
                11,
                12,
                13,
                14,
                15,
                16,
                17,
                94,
                95,
                96,
                97,
                98);
        add(
                t(
                        18, 1, false, 36, 35, 36, 23, 14, 26, 89, 12.74, 0.01, 30, 5.46, 0.003, 35.6, 10.2, 0.01, 125,
                        80, 50, 7.5, 24, 7.5, 23, 46045, 41251, -3440),
                19,
                20,
                21,
                22,
                23,
                24,
                99,
                100,
                101,
                102);
        add(
                t(
                        25, 1, true, 21, 24, 25, 37, 23, 40, 104, 15.57, 0.01, 40, 7.38, 0.003, 52, 7.8, 0.01, 122, 78,
                        50, 7.5, 24, 7.5, 23, 46045, 41251, -3440),
                26,
                27,
                28,
                29,
                30,
                103,
                104,
                105);
        add(
                t(
                        31, 2, false, 41, 34, 32, 25, 12, 26, 94, 12.74, 0.01, 30, 5.46, 0.003, 37.6, 10.2, 0.01, 122,
                        80, 50, 7.5, 24, 7, 23.5, 28295, 11063, -4224),
                32,
                33,
                34,
                35,
                36,
                37,
                106,
                107,
                108,
                109);
        add(
                t(
                        38, 2, true, 23, 23, 24, 44, 19, 37, 106, 15.57, 0.01, 40, 7.38, 0.003, 53, 7.8, 0.01, 122, 78,
                        50, 7.5, 24, 7, 23.5, 28295, 11063, -4224),
                39,
                40,
                41,
                42,
                43,
                110,
                111,
                112);
        add(
                t(
                        44, 3, false, 40, 26, 47, 18, 12, 27, 80, 12.64, 0.01, 30, 5.46, 0.003, 32, 10.1, 0.01, 117, 80,
                        50, 11, 28, 7, 27, -56733, -113459, -690),
                45,
                46,
                47,
                48,
                113,
                114);
        add(
                t(
                        49, 3, true, 27, 24, 31, 31, 15, 42, 95, 15.57, 0.01, 40, 7.38, 0.003, 47.5, 7.8, 0.01, 121, 78,
                        50, 7, 27.5, 8, 25.5, -56733, -113459, -690),
                50,
                51,
                52,
                115,
                116);
        add(
                t(
                        53, 4, false, 39, 29, 45, 20, 10, 27, 80, 12.64, 0.01, 30, 5.46, 0.003, 32, 10.1, 0.01, 115, 80,
                        50, 9, 18, 5, 19, 108644, -173947, -400),
                54,
                55,
                56,
                57,
                117,
                118);
    }

    /** Naked P.Def per paperdoll position (fighters / mystics) and M.Def of the jewel slots. */
    static int[] nakedPDef(boolean mystic) {
        int[] t = new int[BodyPart.POSITIONS];
        t[BodyPart.P_UNDER] = 3;
        t[BodyPart.P_HEAD] = 12;
        t[BodyPart.P_GLOVES] = 8;
        t[BodyPart.P_FEET] = 7;
        t[BodyPart.P_BACK] = 1;
        t[BodyPart.P_CHEST] = mystic ? 15 : 31;
        t[BodyPart.P_LEGS] = mystic ? 8 : 18;
        return t;
    }

    static int[] nakedMDef() {
        int[] t = new int[BodyPart.POSITIONS];
        t[BodyPart.P_REAR] = 9;
        t[BodyPart.P_LEAR] = 9;
        t[BodyPart.P_NECK] = 13;
        t[BodyPart.P_RFINGER] = 5;
        t[BodyPart.P_LFINGER] = 5;
        return t;
    }

    private static CharacterTemplate t(
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
            int run,
            int walk,
            int swim,
            double rM,
            double hM,
            double rF,
            double hF,
            int sx,
            int sy,
            int sz) {
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
                hpBase,
                hpAdd,
                hpMod,
                mpBase,
                mpAdd,
                mpMod,
                cpBase,
                cpAdd,
                cpMod,
                run,
                walk,
                swim,
                rM,
                hM,
                rF,
                hF,
                sx,
                sy,
                sz,
                mystic ? 3 : 4,
                6,
                300,
                4,
                nakedPDef(mystic),
                nakedMDef());
    }

    /** Replaces the base values of a starting class with the datapack's (growth coefficients stay). */
    public void override(int baseClassId, java.util.function.UnaryOperator<CharacterTemplate> change) {
        CharacterTemplate t = byBaseClass.get(baseClassId);
        if (t != null) {
            byBaseClass.put(baseClassId, change.apply(t));
        }
    }

    private void add(CharacterTemplate t, int... derived) {
        byBaseClass.put(t.baseClassId(), t);
        baseOf.put(t.baseClassId(), t.baseClassId());
        for (int c : derived) {
            baseOf.put(c, t.baseClassId());
        }
    }

    /** The template of the class's starting class; unknown class ids fall back to Human Fighter. */
    public CharacterTemplate forClass(int classId) {
        return byBaseClass.get(baseOf.getOrDefault(classId, 0));
    }

    public boolean isKnownClass(int classId) {
        return baseOf.containsKey(classId);
    }
}
