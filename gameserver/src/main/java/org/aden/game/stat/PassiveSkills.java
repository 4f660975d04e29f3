package org.aden.game.stat;

import java.util.ArrayList;
import java.util.List;
import org.aden.game.actor.Player;
import org.aden.game.skill.SkillBook;
import org.aden.game.skill.SkillData;
import org.aden.game.skill.SkillEffect;
import org.aden.game.skill.SkillTemplate;
import org.aden.game.skill.SkillTemplates;

/**
 * The stat bonuses of a player's learned passive skills (weapon and armour masteries, Boost HP...): every stat
 * operation of their {@code buff} effects on a modelled stat ({@link StatModifiers#SUPPORTED}). An operation with
 * its own {@code <using kind>} keeps it, so it counts only with that equipment; one with another condition is left
 * out (not evaluated yet, and not counted as supported).
 */
public final class PassiveSkills {
    private PassiveSkills() {}

    public static List<StatModifiers.Mod> mods(Player p, SkillTemplates templates) {
        SkillBook book = p.component(SkillBook.class, () -> null);
        if (book == null) {
            return List.of();
        }
        List<StatModifiers.Mod> mods = new ArrayList<>();
        for (SkillData s : book.skills()) {
            templates
                    .get(s.skillId(), s.level())
                    .filter(SkillTemplate::isPassive)
                    .ifPresent(t -> add(t, mods));
        }
        return mods;
    }

    private static void add(SkillTemplate t, List<StatModifiers.Mod> mods) {
        for (SkillEffect e : t.effects()) {
            if (!e.name().equals("buff")) {
                continue;
            }
            for (SkillEffect.StatOp op : e.statOps()) {
                if (!op.otherCondition() && StatModifiers.supports(op.stat())) {
                    mods.add(new StatModifiers.Mod(op.op(), op.stat(), op.value(), op.usingKinds()));
                }
            }
        }
    }

    /** Whether the engine applies this passive in full: only buffs on modelled stats, no condition but a kind. */
    public static boolean supported(SkillTemplate t) {
        if (!t.isPassive() || t.otherConditions()) {
            return false;
        }
        for (SkillEffect e : t.effects()) {
            if (!e.name().equals("buff")) {
                return false;
            }
            for (SkillEffect.StatOp op : e.statOps()) {
                if (op.otherCondition() || !StatModifiers.supports(op.stat())) {
                    return false;
                }
            }
        }
        return true;
    }
}
