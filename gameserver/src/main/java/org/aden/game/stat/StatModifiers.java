package org.aden.game.stat;

import java.util.ArrayList;
import java.util.List;
import org.aden.game.actor.CharacterStats;

/**
 * What lasting effects (buffs, debuffs, toggles) do to a player's computed stats: a Player component, re-applied
 * with the passive skills' bonuses ({@link PassiveSkills}) by {@link PlayerStats#recompute}. World thread only.
 * Multipliers come before additions, as in L2J's function order (mul 0x30 before add 0x40).
 */
public final class StatModifiers {
    /**
     * One operation: op is "mul", "add", "sub" or "set"; stat a datapack stat name ("p-atk", "run-spd"...);
     * usingKinds: it counts only while one of those weapon or armour kinds is worn (empty: always).
     */
    public record Mod(String op, String stat, double value, List<String> usingKinds) {
        public Mod {
            usingKinds = List.copyOf(usingKinds);
        }

        public Mod(String op, String stat, double value) {
            this(op, stat, value, List.of());
        }
    }

    /** The stats this engine changes; other datapack stats are not modelled yet. */
    public static final List<String> SUPPORTED = List.of(
            "p-atk",
            "m-atk",
            "p-def",
            "m-def",
            "p-atk-spd",
            "m-atk-spd",
            "run-spd",
            "max-hp",
            "max-mp",
            "acc-combat",
            "r-evas",
            "crit-rate");

    private List<Mod> mods = List.of();

    public List<Mod> mods() {
        return mods;
    }

    public void set(List<Mod> mods) {
        this.mods = List.copyOf(mods);
    }

    public static boolean supports(String stat) {
        return SUPPORTED.contains(stat);
    }

    public CharacterStats apply(CharacterStats s) {
        return apply(s, mods);
    }

    /** The stats with these operations applied (set, then mul, then add and sub). */
    public static CharacterStats apply(CharacterStats s, List<Mod> mods) {
        if (mods.isEmpty()) {
            return s;
        }
        double[] v = {
            s.pAtk(),
            s.mAtk(),
            s.pDef(),
            s.mDef(),
            s.pAtkSpd(),
            s.mAtkSpd(),
            s.runSpeed(),
            s.maxHp(),
            s.maxMp(),
            s.accuracy(),
            s.evasion(),
            s.critical()
        };
        List<Mod> ordered = new ArrayList<>();
        mods.stream().filter(m -> m.op().equals("set")).forEach(ordered::add);
        mods.stream().filter(m -> m.op().equals("mul")).forEach(ordered::add);
        mods.stream().filter(m -> m.op().equals("add") || m.op().equals("sub")).forEach(ordered::add);
        for (Mod m : ordered) {
            int i = SUPPORTED.indexOf(m.stat());
            if (i < 0) {
                continue;
            }
            v[i] = switch (m.op()) {
                case "set" -> m.value();
                case "mul" -> v[i] * m.value();
                case "add" -> v[i] + m.value();
                case "sub" -> v[i] - m.value();
                default -> v[i];
            };
        }
        return new CharacterStats(
                s.str(),
                s.dex(),
                s.con(),
                s.intel(),
                s.wit(),
                s.men(),
                (int) Math.max(1, v[7]),
                (int) Math.max(1, v[8]),
                s.maxCp(),
                (int) Math.max(1, v[0]),
                (int) Math.max(1, v[4]),
                (int) Math.max(1, v[2]),
                (int) v[10],
                (int) v[9],
                (int) Math.max(0, v[11]),
                (int) Math.max(1, v[1]),
                (int) Math.max(1, v[5]),
                (int) Math.max(1, v[3]),
                (int) Math.max(1, v[6]),
                s.walkSpeed(),
                s.swimSpeed(),
                s.maxLoad(),
                s.collisionRadius(),
                s.collisionHeight());
    }
}
