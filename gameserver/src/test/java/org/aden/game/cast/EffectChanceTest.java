package org.aden.game.cast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aden.game.TestData;
import org.aden.game.actor.Npc;
import org.aden.game.npc.NpcTemplate;
import org.aden.game.skill.SkillTemplate;
import org.junit.jupiter.api.Test;

/** The debuff landing formula (Mobius calcEffectSuccess) with the datapack's Stun Attack, by hand-worked numbers. */
class EffectChanceTest {
    static final SkillTemplate STUN_ATTACK =
            TestData.world().skills().get(100, 1).orElseThrow();
    static final NpcTemplate WOLF = TestData.world().npcs().get(20120).orElseThrow(); // level 4

    static Npc monster(int level) {
        NpcTemplate t = NpcTemplate.display(1, 1, "", "", false, false, true, level, 100, 100, 50, 10, 10);
        return new Npc(1, t, 0, 0, 0, 0);
    }

    @Test
    void stunAttackOnAWolf() {
        Npc wolf = new Npc(1, WOLF, 0, 0, 0, 0);
        // (magic level 18 − 4 + 3) × level-bonus-rate 1 + activate-rate 50 + 30 − CON 43 = 54, not magic
        assertEquals(54, EffectChance.percent(wolf, wolf, STUN_ATTACK, 0), 1e-9);
        // a shock defence of 30 % from the target's effects: × 0.7
        assertEquals(54 * 0.7, EffectChance.percent(wolf, wolf, STUN_ATTACK, 0.3), 1e-9);
        assertEquals(0, EffectChance.percent(wolf, wolf, STUN_ATTACK, 1), "immune");
    }

    @Test
    void levelsMoveTheChanceWithinTenToNinety() {
        Npc caster = monster(1);
        assertEquals(28, EffectChance.percent(caster, monster(30), STUN_ATTACK, 0), 1e-9); // (18-30+3)+50+30-43
        assertEquals(10, EffectChance.percent(caster, monster(70), STUN_ATTACK, 0), 1e-9, "at least 10");
        SkillTemplate noRate = TestData.world().skills().get(1068, 1).orElseThrow(); // Might: no activate-rate
        assertEquals(100, EffectChance.percent(caster, monster(70), noRate, 0));
    }
}
