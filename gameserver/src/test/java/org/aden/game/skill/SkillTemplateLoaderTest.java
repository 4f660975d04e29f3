package org.aden.game.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aden.game.TestData;
import org.junit.jupiter.api.Test;

/** The shipped datapack's skills as templates: level tables resolved per level, effects and their stat ops. */
class SkillTemplateLoaderTest {
    final SkillTemplates skills = TestData.world().skills();

    @Test
    void everyLevelOfEverySkillIsATemplate() {
        assertTrue(skills.size() > 10_000, "skill levels: " + skills.size());
        assertEquals(37, skills.all().stream().filter(s -> s.id() == 1).count(), "Triple Slash has 37 levels");
    }

    @Test
    void windStrikeLevelThreeReadsItsTables() {
        SkillTemplate w = skills.get(1177, 3).orElseThrow();
        assertEquals("Wind Strike", w.name());
        assertEquals(SkillTemplate.Operate.ACTIVE, w.operate());
        assertEquals(SkillTemplate.Target.ONE, w.target());
        assertTrue(w.magic());
        assertEquals(8, w.mpConsume());
        assertEquals(2, w.mpInitialConsume());
        assertEquals(4000, w.hitTime());
        assertEquals(1000, w.reuseDelay());
        assertEquals(600, w.castRange());
        assertEquals(15, w.power());
        assertEquals(7, w.magicLevel());
        assertEquals("magical-attack", w.effects().get(0).name());
    }

    @Test
    void buffsCarryTheirStatOperationsAndDuration() {
        SkillTemplate might = skills.get(1068, 2).orElseThrow();
        assertEquals(1200, might.abnormalTimeSec());
        assertEquals("pa-up", might.abnormalType());
        assertEquals(2, might.abnormalLevel());
        assertEquals(
                List.of(new SkillEffect.StatOp("mul", "p-atk", 1.12)),
                might.effects().get(0).statOps());
        SkillTemplate potion = skills.get(2031, 1).orElseThrow();
        assertEquals(3, potion.effects().get(0).number("ticks", 0));
        assertEquals(8, potion.effects().get(0).number("power", 0));
        assertEquals(10_000, potion.reuseDelay());
        assertTrue(skills.get(2031, 2).isEmpty());
    }

    @Test
    void passivesAndTogglesAreTold() {
        assertTrue(skills.all().stream().anyMatch(SkillTemplate::isPassive));
        assertTrue(skills.all().stream().anyMatch(s -> s.operate() == SkillTemplate.Operate.TOGGLE));
    }
}
