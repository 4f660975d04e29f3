package org.aden.game.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aden.game.TestData;
import org.junit.jupiter.api.Test;

/** Items from the shipped datapack come out with the stats, masks and client types the protocol needs. */
class ItemTemplateLoaderTest {
    private final ItemCatalog items = TestData.world().items();

    @Test
    void aWeaponCarriesItsBaseStatsAndKeepsTheRestAsModifiers() {
        ItemTemplate wand = items.get(6); // Apprentice's Wand
        assertEquals("Apprentice's Wand", wand.name());
        assertEquals(ItemTemplate.Kind.WEAPON, wand.kind());
        assertEquals("blunt", wand.type());
        assertEquals(PaperdollSlot.MASK_RIGHT_HAND, wand.bodyPart());
        assertEquals(5, wand.pAtk());
        assertEquals(7, wand.mAtk());
        assertEquals(4, wand.critical());
        assertEquals(379, wand.attackSpeed());
        assertTrue(wand.stats().magicWeapon());
        assertEquals(1350, wand.weight());
        assertEquals(List.of(new ItemTemplate.StatOp("add", "acc-combat", 4.75)), wand.modifiers());
        assertFalse(wand.rules().tradable());
        assertEquals(0, wand.type1());
        assertEquals(0, wand.type2());
    }

    @Test
    void armourShieldsAndJewelsHaveTheirClientTypes() {
        ItemTemplate shirt = items.get(1146); // Squire's Shirt
        assertEquals(33, shirt.pDef());
        assertEquals(PaperdollSlot.MASK_CHEST, shirt.bodyPart());
        assertEquals(1, shirt.type1());
        assertEquals(1, shirt.type2());

        ItemTemplate shield = items.get(18); // Leather Shield
        assertEquals(20, shield.stats().shieldRate());
        assertEquals(1, shield.type1());
        assertEquals(1, shield.type2());

        ItemTemplate earring = items.get(112); // Apprentice's Earring
        assertEquals(PaperdollSlot.MASK_EARRING, earring.bodyPart());
        assertTrue(earring.isJewel());
        assertEquals(0, earring.type1());
        assertEquals(2, earring.type2());
    }

    @Test
    void adenaQuestItemsAndArrowsAreEtcItems() {
        ItemTemplate adena = items.get(ItemTemplate.ADENA);
        assertTrue(adena.stackable());
        assertEquals(4, adena.type1());
        assertEquals(4, adena.type2());

        ItemTemplate quest = items.get(1001);
        assertTrue(quest.questItem());
        assertEquals(3, quest.type2());
        assertFalse(quest.rules().droppable());

        ItemTemplate arrow = items.get(17); // Wooden Arrow: worn in the left hand, still an etc item
        assertEquals(PaperdollSlot.MASK_LEFT_HAND, arrow.bodyPart());
        assertEquals(4, arrow.type1());
        assertEquals(5, arrow.type2());
    }

    @Test
    void gradeCrystalsAndTriggeredSkillsAreRead() {
        ItemTemplate dagger = items.get(1660); // Cursed Maingauche
        assertEquals(ItemTemplate.Grade.D, dagger.grade());
        assertEquals(1983, dagger.crystalCount());
        assertEquals(1074000, dagger.price());
        assertTrue(dagger.rules().enchantable());
        assertEquals(List.of(new ItemTemplate.ItemSkill(3005, 1, "critical", 50)), dagger.skills());
    }

    @Test
    void anIdTheDatapackDoesNotDefineIsAPlainItemWithoutStats() {
        assertFalse(items.contains(999_999));
        ItemTemplate unknown = items.get(999_999);
        assertEquals(0, unknown.bodyPart());
        assertEquals(0, unknown.pDef());
        assertEquals(5, unknown.type2());
        assertTrue(items.size() > 9000);
    }
}
