package org.aden.tools.datapack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.aden.tools.cli.AdenCli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aden datapack validate}: the shipped datapack passes; one broken reference fails with its file and line. */
class ValidateCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    @Test
    void theShippedDatapackIsValid() {
        int code = AdenCli.run("datapack", "validate", DatapackSchemaTest.DATAPACK.toString());
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("0 problems") && printed.contains("items "), printed);
        assertTrue(printed.contains("skill levels"), printed);
        // the per-class support report: one line per class, e.g. a mystic supports Wind Strike at least
        assertTrue(printed.lines().anyMatch(l -> l.contains("Human Mystic") && l.contains("supported")), printed);
    }

    @Test
    void aBuyListNamingAMissingItemFailsWithThatFileAndLine(@TempDir Path temp) throws IOException {
        Path copy = temp.resolve("datapack");
        Path from = DatapackSchemaTest.DATAPACK;
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = copy.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Path buylists;
        try (Stream<Path> s = Files.list(copy.resolve("buylists"))) {
            buylists = s.filter(p -> p.toString().endsWith(".xml"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
        List<String> lines = Files.readAllLines(buylists);
        int line = 0;
        while (!lines.get(line).contains("<item id=\"")) {
            line++;
        }
        lines.set(line, lines.get(line).replaceFirst("<item id=\"\\d+\"", "<item id=\"987654\""));
        Files.write(buylists, lines);

        int code = AdenCli.run("datapack", "validate", copy.toString());
        assertEquals(1, code);
        String problems = err.toString(StandardCharsets.UTF_8);
        String expected = "buylists/" + buylists.getFileName() + ":" + (line + 1) + ": ";
        assertTrue(problems.startsWith(expected) && problems.contains("unknown item 987654"), problems);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("1 problems"), out.toString(StandardCharsets.UTF_8));
    }
}
