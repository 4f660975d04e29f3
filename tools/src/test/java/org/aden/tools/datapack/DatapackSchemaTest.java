package org.aden.tools.datapack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file the repository ships in datapack/ validates against its folder's schema. */
class DatapackSchemaTest {
    static final Path DATAPACK = Path.of("../datapack");

    @Test
    void everyShippedFileValidates() {
        SchemaCheck.Result r = new SchemaCheck(DATAPACK).run();
        assertTrue(r.ok(), String.join("\n", r.problems()));
        assertTrue(r.files() > 400, "files checked: " + r.files());
    }

    @Test
    void aBrokenFileIsReportedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("experience"));
        Files.writeString(dir.resolve("experience/experience.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <experience max-level="2" max-pet-level="2">
                  <level level="1" exp="0"/>
                  <level level="2" exp="lots"/>
                </experience>
                """);
        List<String> problems =
                new SchemaCheck(dir, DATAPACK.resolve("schema")).run().problems();
        assertTrue(problems.stream().allMatch(p -> p.startsWith("experience/experience.xml:4: ")), problems.toString());
        assertEquals(2, problems.size(), problems.toString());
    }
}
