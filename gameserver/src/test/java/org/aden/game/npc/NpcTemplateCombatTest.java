package org.aden.game.npc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aden.game.TestData;
import org.aden.game.actor.Npc;
import org.aden.game.stat.ExperienceTable;
import org.junit.jupiter.api.Test;

/** The combat values, rewards and the experience table as the real datapack gives them. */
class NpcTemplateCombatTest {
    @Test
    void aWolfCarriesItsCombatStatsExpAndDrops() {
        NpcTemplate wolf = TestData.world().npcs().get(20120).orElseThrow(); // npcs/20000-20999.xml
        NpcTemplate.Combat c = wolf.combat();
        assertEquals(11.24892, c.pAtk(), 1e-6);
        assertEquals(49.73343, c.pDef(), 1e-6);
        assertEquals(253, c.attackSpeed());
        assertEquals(40, c.attackRange()); // schema default
        assertEquals(4, c.critical()); // schema default
        assertEquals(4.75, c.accuracy(), 1e-9);
        assertEquals(30, c.randomDamage());
        assertEquals(300, c.clanHelpRange());
        assertEquals(2, c.hpRegen(), 1e-9);
        assertEquals(141, wolf.rewards().exp());
        assertEquals(4, wolf.rewards().sp());
        NpcTemplate.DropGroup adena = wolf.rewards().drops().get(0);
        assertEquals(70, adena.chance(), 1e-9);
        assertEquals(new NpcTemplate.DropItem(57, 19, 29, 100), adena.items().get(0));
        assertEquals(4, wolf.rewards().drops().get(2).items().size());
        assertTrue(wolf.isMonster());
        assertEquals(1000, wolf.aggroRange());
        assertFalse(wolf.aggressive());
    }

    @Test
    void anNpcHoldsItsTemplateAndStartsFull() {
        NpcTemplate wolf = TestData.world().npcs().get(20120).orElseThrow();
        Npc n = new Npc(1, wolf, 10, 20, 30, 0);
        assertEquals(wolf, n.template());
        assertEquals(68, n.maxHp());
        assertEquals(68, n.curHp());
        assertEquals(62, n.curMp());
        assertEquals(10, n.homeX());
        assertFalse(n.isDead());
    }

    @Test
    void theExperienceTableGivesLevels() {
        ExperienceTable t = TestData.world().experience();
        assertEquals(80, t.maxLevel());
        assertEquals(68, t.expFor(2));
        assertEquals(1, t.levelFor(67));
        assertEquals(2, t.levelFor(68));
        assertEquals(3, t.levelFor(1167));
        assertEquals(4, t.levelFor(1168));
        assertEquals(80, t.levelFor(Long.MAX_VALUE / 2));
    }
}
