package org.aden.game.datapack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.aden.game.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parsed-tree cache gives back exactly the trees the parser builds, and never a stale one: a changed file, a
 * changed schema or a damaged entry is parsed again, and a broken file is reported on every read.
 */
class TreeCacheTest {
    @TempDir
    Path temp;

    Path pack;
    Path cacheDir;

    @BeforeEach
    void copyParts() throws IOException {
        pack = temp.resolve("datapack");
        cacheDir = pack.resolve(".cache");
        for (String folder : List.of("schema", "skills", "items")) {
            Path from = TestData.datapackDir().resolve(folder);
            Files.createDirectories(pack.resolve(folder));
            try (Stream<Path> s = Files.list(from)) {
                for (Path p : s.toList()) {
                    Files.copy(p, pack.resolve(folder).resolve(p.getFileName()));
                }
            }
        }
    }

    @Test
    void cachedTreesAreTheParsedTreesLineForLine() {
        for (String part : List.of("skills", "items")) {
            List<Object> parsed = read(new XmlDatapack(pack), part);
            XmlDatapack first = cached();
            List<Object> filled = read(first, part);
            assertEquals(0, first.cachedFiles(), "nothing cached yet");
            assertTrue(Files.isRegularFile(cacheDir.resolve(part + ".tree")));
            XmlDatapack second = cached();
            List<Object> fromCache = read(second, part);
            assertEquals(parsed.size(), second.cachedFiles(), "every file taken from the cache");
            for (int i = 0; i < parsed.size(); i++) {
                String expected = dump((XmlElement) parsed.get(i));
                assertEquals(expected, dump((XmlElement) filled.get(i)));
                assertEquals(expected, dump((XmlElement) fromCache.get(i)));
                assertEquals(((XmlElement) parsed.get(i)).file(), ((XmlElement) fromCache.get(i)).file());
            }
        }
    }

    @Test
    void aChangedFileIsParsedAgainAndTheOthersStayCached() throws IOException {
        read(cached(), "items");
        Path file = pack.resolve("items").resolve("00000-00999.xml");
        String text = Files.readString(file);
        String changed = text.replaceFirst("name=\"[^\"]*\"", "name=\"Renamed By Test\"");
        assertTrue(!changed.equals(text));
        Files.writeString(file, changed);

        XmlDatapack again = cached();
        List<Object> trees = read(again, "items");
        int files = trees.size();
        assertEquals(files - 1, again.cachedFiles());
        assertTrue(dump((XmlElement) trees.get(0)).contains("name=Renamed By Test"), "the new name is read");
        XmlDatapack third = cached();
        assertTrue(dump((XmlElement) read(third, "items").get(0)).contains("name=Renamed By Test"));
        assertEquals(files, third.cachedFiles(), "the changed file is cached in its new form");
    }

    @Test
    void aBrokenFileIsReportedOnEveryRead() throws IOException {
        Path file = pack.resolve("items").resolve("00000-00999.xml");
        Files.writeString(file, Files.readString(file).replaceFirst("<weapon ", "<weapon bogus=\"1\" "));
        for (int run = 0; run < 2; run++) {
            List<Object> out = read(cached(), "items");
            String problem = assertInstanceOf(String.class, out.get(0));
            assertTrue(problem.startsWith("items/00000-00999.xml:") && problem.contains("bogus"), problem);
        }
    }

    @Test
    void aDamagedEntryOrAChangedSchemaMeansParsingAgain() throws IOException {
        String expected =
                dump((XmlElement) read(new XmlDatapack(pack), "skills").get(3));
        read(cached(), "skills");
        Path entry = cacheDir.resolve("skills.tree");
        byte[] b = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(b, b.length / 2)); // cut in the middle
        XmlDatapack damaged = cached();
        assertEquals(expected, dump((XmlElement) read(damaged, "skills").get(3)));
        assertEquals(0, damaged.cachedFiles());

        for (int i = b.length / 3; i < b.length / 3 + 64; i++) {
            b[i] ^= 0x5A; // scribbled over: whatever decodes must not be taken for a file it is not
        }
        Files.write(entry, b);
        XmlDatapack scribbled = cached();
        assertEquals(expected, dump((XmlElement) read(scribbled, "skills").get(3)));

        read(cached(), "skills");
        Path xsd = pack.resolve("schema").resolve("skills.xsd");
        Files.writeString(xsd, Files.readString(xsd) + "\n<!-- changed -->\n");
        XmlDatapack newSchema = cached();
        read(newSchema, "skills");
        assertEquals(0, newSchema.cachedFiles(), "a new schema may bring new defaults: nothing is reused");
    }

    private XmlDatapack cached() {
        return new XmlDatapack(pack).cachedIn(cacheDir);
    }

    private static List<Object> read(XmlDatapack d, String part) {
        return d.readFolder(d.files(part), part, part + ".xsd");
    }

    /** Everything a loader can see of a tree. */
    private static String dump(XmlElement e) {
        StringBuilder b = new StringBuilder();
        dump(e, b);
        return b.toString();
    }

    private static void dump(XmlElement e, StringBuilder b) {
        b.append('<').append(e.name()).append(' ').append(e.line());
        for (String a : e.attributeNames()) {
            b.append(' ').append(a).append('=').append(e.string(a));
        }
        b.append(" text=").append(e.text()).append('\n');
        for (XmlElement c : e.children()) {
            dump(c, b);
        }
        b.append("</").append(e.name()).append(">\n");
    }
}
