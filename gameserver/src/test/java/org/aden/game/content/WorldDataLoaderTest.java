package org.aden.game.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.aden.game.TestData;
import org.aden.game.datapack.XmlDatapack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped datapack loads whole and sound; a copy with one broken reference is refused at that file and line. */
class WorldDataLoaderTest {
    @TempDir
    Path temp;

    @Test
    void theShippedDatapackIsSoundAndWhole() {
        WorldData w = TestData.world();
        assertEquals(DatapackPart.values().length, w.parts().size(), "every part is loaded");
        assertTrue(w.items().size() > 9000, "every Interlude item: " + w.items().size());
        assertTrue(w.npcs().size() > 6000, "every Interlude NPC: " + w.npcs().size());
        assertTrue(
                w.spawns().points().size() > 30000,
                "every spawn point: " + w.spawns().points().size());
        assertEquals(9, w.characterTemplates().size());
        w.parts().forEach((part, load) -> assertTrue(load.entries() > 0, part + " holds entries"));
    }

    @Test
    void aDropOfAMissingItemIsRefusedWithFileAndLine() throws IOException {
        Path copy = copyDatapack();
        Path npcs = copy.resolve("npcs");
        Path file;
        try (Stream<Path> s = Files.list(npcs)) {
            file = s.filter(p -> p.toString().endsWith("20000-20999.xml"))
                    .findFirst()
                    .orElseThrow();
        }
        List<String> lines = Files.readAllLines(file);
        int line = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("<item id=\"")) {
                line = i;
                break;
            }
        }
        assertTrue(line >= 0, "the monsters 20000-20999 have drop lists");
        lines.set(line, lines.get(line).replaceFirst("<item id=\"\\d+\"", "<item id=\"999999\""));
        Files.write(file, lines);

        DatapackProblems e = assertThrows(DatapackProblems.class, () -> WorldDataLoader.load(new XmlDatapack(copy)));
        String expected = "npcs/" + file.getFileName() + ":" + (line + 1) + ": ";
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).startsWith(expected), e.problems().get(0));
        assertTrue(
                e.problems().get(0).contains("unknown item 999999"),
                e.problems().get(0));
    }

    @Test
    void aSpawnOfAnUnknownNpcAndAZoneThatDoesNotCloseAreBothReported() throws IOException {
        Path copy = copyDatapack();
        Path spawns = copy.resolve("spawns");
        Files.writeString(spawns.resolve("zz-broken.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <spawns tile="16_10">
                  <spawn npc="1999999" x="0" y="0" z="0"/>
                </spawns>
                """);
        Files.writeString(copy.resolve("zones").resolve("zz-broken.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <zones>
                  <zone name="open" type="peace" shape="polygon" min-z="-100" max-z="100">
                    <node x="0" y="0"/>
                    <node x="100" y="0"/>
                  </zone>
                </zones>
                """);
        DatapackProblems e = assertThrows(DatapackProblems.class, () -> WorldDataLoader.load(new XmlDatapack(copy)));
        assertEquals(2, e.problems().size(), e.getMessage());
        // problems met while reading come first, unresolved references after them
        String zone = e.problems().get(0);
        String spawn = e.problems().get(1);
        assertTrue(zone.startsWith("zones/zz-broken.xml:3: ") && zone.contains("needs at least 3 nodes"), zone);
        assertTrue(spawn.startsWith("spawns/zz-broken.xml:3: ") && spawn.contains("unknown NPC 1999999"), spawn);
    }

    @Test
    void aTrainerOfAnUnknownNpcOrClassIsRefusedWithFileAndLine() throws IOException {
        Path copy = copyDatapack();
        Files.writeString(copy.resolve("trainers").resolve("zz-broken.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <trainers>
                  <trainer npc="1999999" classes="0"/>
                  <trainer npc="30008" classes="0 777"/>
                  <trainer npc="30010" classes="1"/>
                </trainers>
                """);
        DatapackProblems e = assertThrows(DatapackProblems.class, () -> WorldDataLoader.load(new XmlDatapack(copy)));
        assertEquals(3, e.problems().size(), e.getMessage());
        String twice = e.problems().get(0);
        assertTrue(
                twice.startsWith("trainers/zz-broken.xml:5: ") && twice.contains("trainer 30010 is already listed at"),
                twice);
        assertTrue(
                e.problems().contains("trainers/zz-broken.xml:3: trainer names unknown NPC 1999999"), e.getMessage());
        assertTrue(
                e.problems().contains("trainers/zz-broken.xml:4: trainer 30008 class names unknown class 777"),
                e.getMessage());
    }

    private Path copyDatapack() throws IOException {
        Path from = TestData.datapackDir();
        Path to = temp.resolve("datapack");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
