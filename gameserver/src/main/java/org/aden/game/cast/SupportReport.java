package org.aden.game.cast;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aden.game.skill.SkillTemplate;
import org.aden.game.skill.SkillTemplates;
import org.aden.game.skill.SkillTrees;

/**
 * Per class, how many skills of its skill tree (its own and its parents') the engine carries out in full
 * ({@link SkillSupport#supported}: active, toggle and passive), judged at the highest level the class learns. For {@code datapack validate}.
 */
public final class SupportReport {
    /** One class's line. */
    public record Line(int classId, String className, int skills, int supported, int active, int activeSupported) {
        @Override
        public String toString() {
            return String.format(
                    "%-22s %3d/%3d skills supported (active and toggle %d/%d, passive %d/%d)",
                    className,
                    supported,
                    skills,
                    activeSupported,
                    active,
                    supported - activeSupported,
                    skills - active);
        }
    }

    private SupportReport() {}

    public static List<Line> of(SkillTrees trees, SkillTemplates templates) {
        List<Line> lines = new ArrayList<>();
        for (int classId : trees.trees().keySet()) {
            int skills = 0, supported = 0, active = 0, activeSupported = 0;
            for (int skillId : trees.skillIdsOf(classId)) {
                Optional<SkillTemplate> t = templates.get(skillId, trees.maxLevel(classId, skillId));
                skills++;
                boolean isActive = t.isPresent() && !t.get().isPassive();
                boolean ok = t.isPresent() && SkillSupport.supported(t.get());
                if (isActive) {
                    active++;
                }
                if (ok) {
                    supported++;
                    if (isActive) {
                        activeSupported++;
                    }
                }
            }
            lines.add(new Line(classId, trees.className(classId), skills, supported, active, activeSupported));
        }
        return lines;
    }
}
