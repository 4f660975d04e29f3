package org.aden.game.cast;

import org.aden.game.actor.Creature;
import org.aden.game.skill.SkillTemplate;

/**
 * The soulshot and spiritshot bonus of one cast, asked when its effects land (the shots system sets it; none by
 * default). A spiritshot gives 2 and a blessed one 4 for magic (M.Atk is multiplied before the square root), a
 * soulshot 2 for physical skills (P.Atk doubled); the implementation consumes the charge it reports.
 */
public interface Shots {
    /** The M.Atk multiplier of a magic cast (1 without a charged spiritshot). */
    int magic(Creature caster, SkillTemplate skill);

    /** The P.Atk multiplier of a physical skill (1 without a charged soulshot). */
    int physical(Creature caster, SkillTemplate skill);

    Shots NONE = new Shots() {
        @Override
        public int magic(Creature caster, SkillTemplate skill) {
            return 1;
        }

        @Override
        public int physical(Creature caster, SkillTemplate skill) {
            return 1;
        }
    };
}
