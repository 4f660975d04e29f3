package org.aden.game.stat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.aden.game.actor.CharacterStats;
import org.aden.game.actor.Player;
import org.aden.game.item.ItemTemplate;
import org.aden.game.skill.SkillBook;
import org.aden.game.skill.SkillData;
import org.aden.game.skill.SkillEffect;
import org.aden.game.skill.SkillTemplates;

/**
 * Interlude's grade penalty, a Player component: gear of a grade above the character's expertise (the level of
 * skill 239: 1 = D ... 5 = S) applies the passive skill 4267 "Grade Penalty" at level (highest grade worn −
 * expertise), at most 4, whose stat operations come from the datapack. Facts from L2J C6 / aCis
 * {@code refreshExpertisePenalty} (one penalty for all gear, arrows left out; Mobius CT_0 splits weapon and armour,
 * a later chronicle's rule); the code is ours. {@link PlayerStats#recompute} keeps it current.
 */
public final class GradePenalty {
    public static final int EXPERTISE_SKILL = 239;
    public static final int PENALTY_SKILL = 4267;
    static final int MAX_LEVEL = 4;

    private final SkillTemplates skills;
    private int level;
    private final StatModifiers modifiers = new StatModifiers();

    /** @param skills where skill 4267's operations are read (empty: the icon without stat effects) */
    public GradePenalty(SkillTemplates skills) {
        this.skills = skills;
    }

    public static GradePenalty of(Player p) {
        return p.component(GradePenalty.class, () -> new GradePenalty(SkillTemplates.empty()));
    }

    public int level() {
        return level;
    }

    /** Highest grade worn (arrows aside) above the expertise, 0..4. */
    static int levelFor(Collection<ItemTemplate> worn, int expertise) {
        int highest = 0;
        for (ItemTemplate t : worn) {
            if (!t.type().equals("arrow")) {
                highest = Math.max(highest, t.grade().ordinal());
            }
        }
        return Math.max(0, Math.min(MAX_LEVEL, highest - expertise));
    }

    static int expertise(Player p) {
        for (SkillData s : SkillBook.of(p).skills()) {
            if (s.skillId() == EXPERTISE_SKILL) {
                return s.level();
            }
        }
        return 0;
    }

    /** Takes the level for what is worn now; true when it changed. */
    boolean update(Collection<ItemTemplate> worn, int expertise) {
        int now = levelFor(worn, expertise);
        if (now == level) {
            return false;
        }
        level = now;
        List<StatModifiers.Mod> mods = new ArrayList<>();
        if (now > 0) {
            skills.get(PENALTY_SKILL, now).ifPresent(t -> {
                for (SkillEffect e : t.effects()) {
                    for (SkillEffect.StatOp op : e.statOps()) {
                        mods.add(new StatModifiers.Mod(op.op(), op.stat(), op.value()));
                    }
                }
            });
        }
        modifiers.set(mods);
        return true;
    }

    CharacterStats apply(CharacterStats s) {
        return modifiers.apply(s);
    }
}
