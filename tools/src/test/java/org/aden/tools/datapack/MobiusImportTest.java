package org.aden.tools.datapack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.aden.tools.cli.AdenCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The importer on a small fixture in Mobius's format, checked field by field. */
class MobiusImportTest {
    static final Path FIXTURE = Path.of("src/test/resources/mobius-fixture/game/data");
    static final Path SCHEMAS = Path.of("../datapack/schema");

    @TempDir
    static Path out;

    @BeforeAll
    static void runImport() {
        assertEquals(
                0, AdenCli.run("datapack", "import", "--from", "mobius", FIXTURE.toString(), "--out", out.toString()));
    }

    @Test
    void weaponsArmourAndEtcItemsKeepEveryStatAndDropDefaults() throws Exception {
        Element sword = byId(out.resolve("items/00000-00999.xml"), "weapon", "1");
        assertEquals("Test Sword", sword.getAttribute("name"));
        assertEquals("sword", sword.getAttribute("weapon-type"));
        assertEquals("right-hand", sword.getAttribute("body-part"));
        assertEquals("d", sword.getAttribute("grade"));
        assertEquals("fine-steel", sword.getAttribute("material"));
        assertEquals("0 0 40 120", sword.getAttribute("damage-range"));
        assertEquals("equip", sword.getAttribute("action"));
        assertEquals("1600", sword.getAttribute("weight"));
        assertEquals("590", sword.getAttribute("price"));
        assertFalse(sword.hasAttribute("attack-range"), "40 is the schema default");
        assertFalse(sword.hasAttribute("immediate-effect"), "true is the schema default");
        assertFalse(sword.hasAttribute("icon"), "client-side art is dropped");
        Element skill = child(sword, "skill");
        assertEquals("3003", skill.getAttribute("id"));
        assertEquals("1", skill.getAttribute("level"));
        Element set = child(sword, "set");
        assertEquals("p-atk", set.getAttribute("stat"));
        assertEquals("8", set.getAttribute("value"));
        Element add = child(sword, "add");
        assertEquals("acc-combat", add.getAttribute("stat"));
        assertEquals("4.75", add.getAttribute("value"));
        assertEquals("0", add.getAttribute("order"));
        assertNotNull(child(sword, "enchant"));

        Element ring = byId(out.resolve("items/00000-00999.xml"), "armour", "2");
        assertEquals("finger", ring.getAttribute("body-part"));
        assertEquals("false", ring.getAttribute("tradable"));
        assertEquals("false", ring.getAttribute("immediate-effect"), "absent in Mobius means false");
        Element cond = child(ring, "condition");
        assertEquals("1518", cond.getAttribute("message"));
        assertEquals("true", cond.getAttribute("add-name"));
        assertEquals("human dark-elf", child(cond, "player").getAttribute("races"));

        Element adena = byId(out.resolve("items/00000-00999.xml"), "etc-item", "57");
        assertEquals("true", adena.getAttribute("stackable"));
        assertEquals("gold", adena.getAttribute("material"));
    }

    @Test
    void npcsHaveTheirStatsFlagsSkillsDropsAndMinions() throws Exception {
        Element gremlin = byId(out.resolve("npcs/20000-20999.xml"), "npc", "20001");
        assertEquals("Test Gremlin", gremlin.getAttribute("name"));
        assertEquals("Tester", gremlin.getAttribute("title"));
        assertEquals("monster", gremlin.getAttribute("type"));
        assertEquals("3", gremlin.getAttribute("level"));
        assertEquals("fairy", gremlin.getAttribute("race"));
        assertEquals("29", gremlin.getAttribute("exp"));
        assertEquals("39", gremlin.getAttribute("hp"));
        assertEquals("8.5", gremlin.getAttribute("p-atk"));
        assertEquals("29.25", gremlin.getAttribute("m-def"));
        assertEquals("253", gremlin.getAttribute("attack-speed"));
        assertEquals("20", gremlin.getAttribute("walk"));
        assertEquals("50", gremlin.getAttribute("run"));
        assertEquals("370", gremlin.getAttribute("hit-time"));
        assertEquals("10", gremlin.getAttribute("collision-radius"));
        assertEquals("15.5", gremlin.getAttribute("collision-height"));
        assertEquals("20", gremlin.getAttribute("collision-height-grown"));
        assertEquals("true", gremlin.getAttribute("can-be-sown"));
        assertEquals("true", gremlin.getAttribute("aggressive"), "no isAggressive is aggressive in Mobius");
        assertEquals("300", gremlin.getAttribute("aggro-range"));
        assertEquals("goblin", gremlin.getAttribute("clans"));
        assertFalse(gremlin.hasAttribute("str"), "the default base stats are left out");
        assertFalse(gremlin.hasAttribute("undying"));
        assertEquals("4408", child(gremlin, "skill").getAttribute("id"));
        assertEquals(1, gremlin.getElementsByTagName("skill").getLength(), "skill 9999 is not in the source");
        Element param = child(gremlin, "param");
        assertEquals("move-around-social", param.getAttribute("name"));
        assertEquals("42", param.getAttribute("value"));
        Element minion = child(gremlin, "minion");
        assertEquals("20002", minion.getAttribute("id"));
        assertEquals("2", minion.getAttribute("count"));
        assertEquals("120", minion.getAttribute("respawn-sec"));
        Element drop = child(gremlin, "drop");
        assertEquals("70", drop.getAttribute("chance"));
        Element adena = child(drop, "item");
        assertEquals("57", adena.getAttribute("id"));
        assertEquals("30", adena.getAttribute("min"));
        assertEquals("42", adena.getAttribute("max"));
        assertEquals("100", adena.getAttribute("chance"));
        Element spoil = child(gremlin, "spoil");
        assertEquals("1", spoil.getAttribute("id"));
        assertEquals("12.5", spoil.getAttribute("chance"));
        assertFalse(spoil.hasAttribute("min"), "1 is the default");

        Element merchant = byId(out.resolve("npcs/20000-20999.xml"), "npc", "20002");
        assertEquals("true", merchant.getAttribute("undying"), "Mobius: only monsters and bosses die by default");
        assertEquals("1", merchant.getAttribute("level"));
        assertEquals("folk", merchant.getAttribute("type"));
    }

    @Test
    void spawnsAreSplitByTileWithPointsTerritoriesAndBosses() throws Exception {
        Document ti = parse(out.resolve("spawns/17_25.xml"));
        Element point = (Element) ti.getElementsByTagName("spawn").item(0);
        assertEquals("20002", point.getAttribute("npc"));
        assertEquals("-71338", point.getAttribute("x"));
        assertEquals("258271", point.getAttribute("y"));
        assertEquals("-3104", point.getAttribute("z"));
        assertEquals("49152", point.getAttribute("heading"), "-16384 is the same angle");
        assertEquals("60", point.getAttribute("respawn-sec"));
        assertEquals(1, ti.getElementsByTagName("spawn").getLength(), "the spawn of an unknown NPC is skipped");

        Document turek = parse(out.resolve("spawns/16_21.xml"));
        Element territory = (Element) turek.getElementsByTagName("territory").item(0);
        assertEquals("test-zone-01", territory.getAttribute("name"));
        assertEquals("-3692", territory.getAttribute("min-z"));
        assertEquals("-95152", territory.getAttribute("flee-x"));
        assertEquals(3, territory.getElementsByTagName("node").getLength());
        Element npc = child(territory, "npc");
        assertEquals("3", npc.getAttribute("count"));
        assertEquals("20", npc.getAttribute("respawn-random-sec"));
        assertEquals("night", npc.getAttribute("period"));

        Document dion = parse(out.resolve("spawns/18_22.xml"));
        Element boss = (Element) dion.getElementsByTagName("spawn").item(0);
        assertEquals("20001", boss.getAttribute("npc"));
        assertEquals("raid", boss.getAttribute("boss"));
        assertEquals("86400", boss.getAttribute("respawn-sec"));
        assertEquals("43200", boss.getAttribute("respawn-random-sec"));
    }

    @Test
    void skillsKeepTheirLevelTablesConditionsEffectsAndEnchantRoutes() throws Exception {
        Element skill = byId(out.resolve("skills/00000-00099.xml"), "skill", "3");
        assertEquals("Test Strike", skill.getAttribute("name"));
        assertEquals("2", skill.getAttribute("levels"));
        assertEquals("a1", skill.getAttribute("operate"));
        assertEquals("one", skill.getAttribute("target"));
        assertEquals("40", skill.getAttribute("cast-range"));
        assertEquals("#mp-consume", skill.getAttribute("mp-consume"));
        assertEquals("speed-up-special", skill.getAttribute("abnormal-type"));
        assertEquals("dark", skill.getAttribute("element"));
        assertFalse(skill.hasAttribute("unknown-property"), "unknown properties go to the report");
        NodeList tables = skill.getElementsByTagName("table");
        assertEquals(3, tables.getLength(), "the icon table is dropped with the icon");
        assertEquals("ench1-power", ((Element) tables.item(0)).getAttribute("name"));
        assertEquals("9 10", tableText(skill, "mp-consume"));
        assertEquals("30 35", tableText(skill, "power"));
        assertEquals("sword blunt", child(child(skill, "condition"), "using").getAttribute("kind"));
        List<Element> effects = children(skill, "effect");
        assertEquals(2, effects.size());
        assertEquals("physical-attack", effects.get(0).getAttribute("name"));
        assertEquals("#power", effects.get(0).getAttribute("power"));
        assertEquals("15", effects.get(0).getAttribute("critical-chance"));
        Element mul = child(effects.get(0), "mul");
        assertEquals("p-atk", mul.getAttribute("stat"));
        assertEquals("bow", child(mul, "using").getAttribute("kind"));
        assertEquals("call-skill", effects.get(1).getAttribute("name"));
        assertEquals("self", effects.get(1).getAttribute("on"));
        Element enchant = child(skill, "enchant");
        assertEquals("1", enchant.getAttribute("route"));
        assertEquals("2", enchant.getAttribute("group"));
        assertEquals("#ench1-power", enchant.getAttribute("power"));
        assertEquals("#ench1-power", child(enchant, "effect").getAttribute("power"));
    }

    @Test
    void listsTablesZonesAndDoors() throws Exception {
        Element fishing = (Element) parse(out.resolve("skill-trees/fishing-skill-tree.xml"))
                .getElementsByTagName("skill-tree")
                .item(0);
        assertEquals("fishing", fishing.getAttribute("type"));
        List<Element> skills = children(fishing, "skill");
        assertEquals("1312", skills.get(0).getAttribute("id"));
        assertEquals("1", skills.get(0).getAttribute("min-level"));
        assertEquals("1000", child(skills.get(0), "item").getAttribute("count"));
        assertEquals("false", skills.get(1).getAttribute("learned-by-npc"));
        assertEquals("true", skills.get(1).getAttribute("auto-get"));

        Element level2 = (Element) parse(out.resolve("experience/experience.xml"))
                .getElementsByTagName("level")
                .item(1);
        assertEquals("2", level2.getAttribute("level"));
        assertEquals("68", level2.getAttribute("exp"));

        Element multisell = parse(out.resolve("multisells/1.xml")).getDocumentElement();
        assertEquals("true", multisell.getAttribute("apply-taxes"));
        assertEquals("20002", multisell.getAttribute("npcs"));
        List<Element> entries = children(multisell, "entry");
        assertEquals(1, entries.size(), "the entry with an unknown special id is skipped");
        List<Element> ingredients = children(entries.get(0), "ingredient");
        assertEquals("57", ingredients.get(0).getAttribute("id"));
        assertEquals("clan-reputation", ingredients.get(1).getAttribute("special"));
        assertEquals("1", child(entries.get(0), "product").getAttribute("id"));

        Element buylist = (Element) parse(out.resolve("buylists/0000000-0099999.xml"))
                .getElementsByTagName("buylist")
                .item(0);
        assertEquals("7", buylist.getAttribute("id"));
        Element limited = child(buylist, "item");
        assertEquals("100", limited.getAttribute("price"));
        assertEquals("5", limited.getAttribute("count"));
        assertEquals("180", limited.getAttribute("restock-delay-min"));

        Element zone = (Element) parse(out.resolve("zones/peace.xml"))
                .getElementsByTagName("zone")
                .item(0);
        assertEquals("peace", zone.getAttribute("type"));
        assertEquals("polygon", zone.getAttribute("shape"));
        assertEquals(3, zone.getElementsByTagName("node").getLength());
        assertEquals("castle-id", child(zone, "param").getAttribute("name"));
        assertEquals("chaotic", child(zone, "spawn").getAttribute("type"));
        assertEquals("dark-elf", child(zone, "race").getAttribute("race"));

        Element door = (Element) parse(out.resolve("doors/doors.xml"))
                .getElementsByTagName("door")
                .item(0);
        assertEquals("-89120", door.getAttribute("x"));
        assertEquals("-89130,-252918 -89110,-252918 -89110,-252768 -89130,-252768", door.getAttribute("outline"));
        assertEquals("true", door.getAttribute("open"));
        assertEquals("20", door.getAttribute("close-time-sec"));

        List<Element> teleports =
                children(parse(out.resolve("teleports/teleports.xml")).getDocumentElement(), "teleport");
        assertEquals(2, teleports.size());
        assertEquals("Test Village -> Test Town", teleports.get(0).getAttribute("name"));
        assertEquals("10000", teleports.get(0).getAttribute("price"));
        assertEquals("Noble's Place", teleports.get(1).getAttribute("name"));
        assertEquals("true", teleports.get(1).getAttribute("noble"));
        assertEquals("6651", teleports.get(1).getAttribute("item"));
    }

    @Test
    void trainersKeepTheClassesTheyTeachAndDropUnknownNpcs() throws Exception {
        List<Element> trainers =
                children(parse(out.resolve("trainers/trainers.xml")).getDocumentElement(), "trainer");
        assertEquals(1, trainers.size(), "the trainer of an NPC the source does not define is left out");
        assertEquals("20001", trainers.get(0).getAttribute("npc"));
        assertEquals("0 1", trainers.get(0).getAttribute("classes"));
        String report = Files.readString(out.resolve(ImportCommand.REPORT_FILE));
        assertTrue(report.contains("trainers: npc 29999: no such NPC template"), report);
    }

    @Test
    void theReportListsWhatWasNotMappedAndWhatWasSkipped() throws IOException {
        String report = Files.readString(out.resolve(ImportCommand.REPORT_FILE));
        assertTrue(report.contains("items: <list/item/set name=\"mystery_flag\">: 1"), report);
        assertTrue(report.contains("npcs: <list/npc/ai> @weirdFlag: 1"), report);
        assertTrue(report.contains("skills: <skill/set name=\"unknownProperty\">: 1"), report);
        assertTrue(report.contains("items: 58: unknown item type Spaceship"), report);
        assertTrue(report.contains("npcs: custom/custom.xml: custom NPCs, not Interlude"), report);
        assertTrue(report.contains("spawns: npc 29999 (point spawn): no such NPC template"), report);
        assertTrue(report.contains("npcs: NPC 20001 skill 9999-1: no such skill in the source"), report);
        assertTrue(report.contains("spawns: npc 25999 (raid boss spawn): no such NPC template"), report);
        assertTrue(report.contains("multisells: list 1 entry with id -999: unknown special id"), report);
        assertTrue(report.contains("items: <set name=\"icon\">"), "dropped on purpose is listed too");
        assertTrue(report.contains("1 armour, 1 etc-item, 1 files, 1 weapon"), report);
    }

    @Test
    void everyWrittenFileValidatesAgainstItsSchema() {
        SchemaCheck.Result r = new SchemaCheck(out, SCHEMAS).run();
        assertTrue(r.ok(), String.join("\n", r.problems()));
        assertTrue(r.files() >= 12, "files checked: " + r.files());
    }

    @Test
    void twoImportsGiveTheSameBytes(@TempDir Path second) throws IOException {
        assertEquals(
                0,
                AdenCli.run("datapack", "import", "--from", "mobius", FIXTURE.toString(), "--out", second.toString()));
        List<Path> first = files(out);
        assertEquals(
                first.stream().map(p -> out.relativize(p).toString()).toList(),
                files(second).stream().map(p -> second.relativize(p).toString()).toList());
        for (Path f : first) {
            assertArrayEquals(
                    Files.readAllBytes(f),
                    Files.readAllBytes(second.resolve(out.relativize(f))),
                    out.relativize(f).toString());
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static Document parse(Path file) throws Exception {
        assertTrue(Files.isRegularFile(file), file + " was not written");
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    static Element byId(Path file, String tag, String id) throws Exception {
        NodeList list = parse(file).getElementsByTagName(tag);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (e.getAttribute("id").equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no " + tag + " " + id + " in " + file);
    }

    static Element child(Element parent, String tag) {
        List<Element> c = children(parent, tag);
        return c.isEmpty() ? null : c.get(0);
    }

    static List<Element> children(Element parent, String tag) {
        java.util.ArrayList<Element> out = new java.util.ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String tableText(Element skill, String name) {
        for (Element t : children(skill, "table")) {
            if (t.getAttribute("name").equals(name)) {
                return t.getTextContent();
            }
        }
        assertNull(name, "no table");
        return null;
    }
}
