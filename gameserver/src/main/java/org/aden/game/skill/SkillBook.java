package org.aden.game.skill;

import java.util.List;
import java.util.Set;
import org.aden.game.actor.Player;
import org.aden.game.network.server.skill.SkillList;

/** The skills a player has learned. A component of {@link Player}; world thread only. */
public final class SkillBook {
    /** Passive skills among the starting ones, until skill data arrives with the skills issue. */
    private static final Set<Integer> PASSIVE = Set.of(194, 239);

    private List<SkillData> skills;

    public SkillBook(List<SkillData> skills) {
        this.skills = List.copyOf(skills);
    }

    public static SkillBook of(Player p) {
        return p.component(SkillBook.class);
    }

    public List<SkillData> skills() {
        return skills;
    }

    public SkillList skillList() {
        return new SkillList(skills.stream()
                .map(s -> new SkillList.Entry(s.skillId(), s.level(), isPassive(s.skillId())))
                .toList());
    }

    public static boolean isPassive(int skillId) {
        return PASSIVE.contains(skillId);
    }
}
