package org.aden.tools.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * ./run.sh --help prints bin/run-help.txt without building or starting a JVM; it must say what --help of the
 * launcher says. After changing an option: {@code ./mvnw -pl tools test -Dtest=RunHelpTest -Daden.write-help=true}.
 */
class RunHelpTest {
    private static final Path FILE = Path.of(System.getProperty("aden.root", ".."))
            .toAbsolutePath()
            .normalize()
            .resolve("bin/run-help.txt");

    @Test
    void theShippedHelpTextIsTheLaunchersHelp() throws Exception {
        String usage = new CommandLine(new Standalone()).setUsageHelpWidth(110).getUsageMessage();
        if (Boolean.getBoolean("aden.write-help")) {
            Files.writeString(FILE, usage, StandardCharsets.UTF_8);
        }
        assertEquals(usage, Files.readString(FILE, StandardCharsets.UTF_8), "regenerate bin/run-help.txt");
    }
}
