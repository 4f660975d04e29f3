package org.aden.tools.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.aden.common.config.Config;
import org.aden.common.config.ConfigLoader;
import org.junit.jupiter.api.Test;

class ConfigFilesTest {
    private static final Path CONFIG =
            Path.of(System.getProperty("aden.root", "..")).resolve("config");

    @Test
    void shippedFilesDocumentEveryKeyWithItsDefault() throws IOException {
        for (var e : ConfigFiles.FILES.entrySet()) {
            String shipped = Files.readString(CONFIG.resolve(e.getKey()));
            assertEquals(
                    e.getValue().render(),
                    shipped,
                    "config/" + e.getKey()
                            + " is out of date: regenerate it with org.aden.tools.launch.ConfigFiles (see its javadoc)");
        }
    }

    @Test
    void shippedFilesLoadAsTheyAre() {
        for (var e : ConfigFiles.FILES.entrySet()) {
            Config c = ConfigLoader.load(CONFIG.resolve(e.getKey()), e.getValue(), Map.of(), Map.of());
            assertEquals("", c.getString("db.url"), "the shipped files use the embedded database");
        }
    }

    @Test
    void shippedFilesLeaveEveryKeyAtItsDefault() {
        // the standalone shard turns login.auto-create on only when the host left it at its default; a shipped
        // file that spells every key out would make that look like the host's choice
        for (var e : ConfigFiles.FILES.entrySet()) {
            Config c = ConfigLoader.load(CONFIG.resolve(e.getKey()), e.getValue(), Map.of(), Map.of());
            for (String key : e.getValue().keys().keySet()) {
                assertEquals("default", c.sourceOf(key), "config/" + e.getKey() + " sets " + key);
            }
        }
    }
}
