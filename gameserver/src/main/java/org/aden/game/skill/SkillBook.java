package org.aden.game.skill;

import java.util.List;
import java.util.Set;
import org.aden.game.actor.Player;
import org.aden.game.network.server.skill.SkillList;

/** The skills a player has learned. A component of {@link Player}; world thread only. */
public final class SkillBook {
    /** Passive skills among the starting ones, for books built without the skill templates (tests). */
    private static final Set<Integer> PASSIVE = Set.of(194, 239);

    private List<SkillData> skills;
    private final SkillTemplates templates;

    public SkillBook(List<SkillData> skills) {
        this(skills, null);
    }

    /** @param templates tell passive skills from others in the SkillList (null: the starting passives only) */
    public SkillBook(List<SkillData> skills, SkillTemplates templates) {
        this.skills = List.copyOf(skills);
        this.templates = templates;
    }

    public static SkillBook of(Player p) {
        return p.component(SkillBook.class);
    }

    public List<SkillData> skills() {
        return skills;
    }

    private Runnable onChanged = () -> {};

    /** Learns a skill or a new level of it (replacing the old level); the change listener runs (stats, passives). */
    public void learn(SkillData skill) {
        List<SkillData> next = new java.util.ArrayList<>(skills);
        next.removeIf(s -> s.skillId() == skill.skillId());
        next.add(skill);
        skills = List.copyOf(next);
        onChanged.run();
    }

    /** Runs after every change of the book (the owner's stats are recomputed: passive skills). */
    public void onChanged(Runnable listener) {
        this.onChanged = listener;
    }

    /** The level known of a skill, 0 when not known. */
    public int level(int skillId) {
        for (SkillData s : skills) {
            if (s.skillId() == skillId) {
                return s.level();
            }
        }
        return 0;
    }

    /** Skill id to level known. */
    public java.util.Map<Integer, Integer> levels() {
        java.util.Map<Integer, Integer> m = new java.util.HashMap<>();
        skills.forEach(s -> m.merge(s.skillId(), s.level(), Math::max));
        return m;
    }

    /** Learns a skill at a level (replacing a lower one): a trainer's lesson, an automatic skill of a level-up. */
    public void learn(int characterId, int skillId, int level) {
        List<SkillData> next = new java.util.ArrayList<>();
        for (SkillData s : skills) {
            if (s.skillId() != skillId) {
                next.add(s);
            }
        }
        next.add(new SkillData(characterId, skillId, level));
        skills = List.copyOf(next);
        onChanged.run();
    }

    public SkillList skillList() {
        return new SkillList(skills.stream()
                .map(s -> new SkillList.Entry(s.skillId(), s.level(), passive(s)))
                .toList());
    }

    private boolean passive(SkillData s) {
        if (templates == null) {
            return isPassive(s.skillId());
        }
        return templates
                .get(s.skillId(), s.level())
                .map(SkillTemplate::isPassive)
                .orElse(isPassive(s.skillId()));
    }

    public static boolean isPassive(int skillId) {
        return PASSIVE.contains(skillId);
    }
}
