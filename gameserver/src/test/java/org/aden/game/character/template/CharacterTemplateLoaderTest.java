package org.aden.game.character.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aden.game.character.template.CharacterTemplate.BaseStats;
import org.aden.game.character.template.CharacterTemplate.StartItem;
import org.aden.game.character.template.CharacterTemplate.StartSkill;
import org.aden.game.datapack.DatapackException;
import org.aden.game.datapack.XmlDatapack;
import org.aden.game.item.PaperdollSlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CharacterTemplateLoaderTest {
    static Path datapack() {
        return Path.of(System.getProperty("aden.root", ".."), "datapack");
    }

    @Test
    void theShippedDatapackHasTheNineBaseClasses() {
        CharacterTemplates t = CharacterTemplateLoader.load(new XmlDatapack(datapack()));
        assertEquals(
                List.of(0, 10, 18, 25, 31, 38, 44, 49, 53),
                t.all().stream().map(CharacterTemplate::classId).toList());
        CharacterTemplate hf = t.get(0);
        assertEquals(Race.HUMAN, hf.race());
        assertEquals(new BaseStats(40, 30, 43, 21, 11, 25), hf.stats());
        assertEquals(80.0, hf.levelOneHp());
        assertEquals(
                new StartItem(2369, 1, PaperdollSlot.RIGHT_HAND),
                hf.startItems().get(0));
        assertEquals(List.of(new StartSkill(1322, 1), new StartSkill(194, 1)), hf.startSkills());
        CharacterTemplate dwarf = t.get(53);
        assertEquals(Race.DWARF, dwarf.race());
        assertEquals(new BaseStats(39, 29, 45, 20, 10, 27), dwarf.stats());
        assertEquals(56.0, dwarf.levelOneCp());
        assertEquals(9.0, dwarf.collision(0).radius());
        assertEquals(19.0, dwarf.collision(1).height());
        assertTrue(dwarf.startSkills().contains(new StartSkill(1321, 1)), "Dwarven Craft");
        CharacterTemplate orcMystic = t.get(49);
        assertTrue(orcMystic.mystic());
        assertEquals(25, orcMystic.combat().attackRange());
        assertEquals(6, orcMystic.startPoints().size());
        assertNull(t.get(1), "first-class jobs cannot be created");
        for (CharacterTemplate c : t.all()) {
            assertTrue(
                    c.startItems().stream().anyMatch(i -> i.itemId() == 5588), c.name() + " gets the Tutorial Guide");
        }
    }

    private static Path copyPack(Path dir, String name, String xml) throws IOException {
        Files.createDirectories(dir.resolve("schema"));
        Files.createDirectories(dir.resolve("chars"));
        Files.copy(datapack().resolve("schema/chars.xsd"), dir.resolve("schema/chars.xsd"));
        Path file = dir.resolve("chars").resolve(name);
        Files.writeString(file, xml);
        return file;
    }

    private static String valid() throws IOException {
        return Files.readString(datapack().resolve("chars/human-fighter.xml"));
    }

    @Test
    void aSchemaViolationNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        String broken = valid().replace("<speed walk=\"80\"", "<speed walk=\"fast\"");
        int line = lineOf(broken, "walk=\"fast\"");
        Path file = copyPack(dir, "human-fighter.xml", broken);
        DatapackException e =
                assertThrows(DatapackException.class, () -> CharacterTemplateLoader.load(new XmlDatapack(dir)));
        assertTrue(e.getMessage().startsWith(file + ":" + line + ":"), e.getMessage());
    }

    @Test
    void malformedXmlNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        String broken = valid().replace("</start-skills>", "</start-skill>");
        Path file = copyPack(dir, "human-fighter.xml", broken);
        DatapackException e =
                assertThrows(DatapackException.class, () -> CharacterTemplateLoader.load(new XmlDatapack(dir)));
        assertTrue(e.getMessage().startsWith(file + ":" + lineOf(broken, "</start-skill>") + ":"), e.getMessage());
    }

    @Test
    void twoItemsInOneSlotAreRefusedAtTheSecondItemsLine(@TempDir Path dir) throws IOException {
        String broken = valid().replace("<item id=\"10\"/>", "<item id=\"10\" equip=\"chest\"/>");
        Path file = copyPack(dir, "human-fighter.xml", broken);
        DatapackException e =
                assertThrows(DatapackException.class, () -> CharacterTemplateLoader.load(new XmlDatapack(dir)));
        assertEquals(
                file + ":" + lineOf(broken, "<item id=\"1146\"") + ": two start items are worn in slot chest",
                e.getMessage());
    }

    @Test
    void aClassDefinedTwiceIsRefused(@TempDir Path dir) throws IOException {
        copyPack(dir, "a.xml", valid());
        Files.writeString(dir.resolve("chars/b.xml"), valid());
        DatapackException e =
                assertThrows(DatapackException.class, () -> CharacterTemplateLoader.load(new XmlDatapack(dir)));
        assertTrue(e.getMessage().contains("b.xml:3: class 0 is already defined in a.xml"), e.getMessage());
    }

    private static int lineOf(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
