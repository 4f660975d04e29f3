package org.aden.tools.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The import rules of the README's architecture section. Production classes only: tests may reach across to
 * set things up.
 */
class ArchitectureTest {
    private static JavaClasses all;

    @BeforeAll
    static void importClasses() {
        all = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")) // common's test jar
                .importPackages("org.aden");
    }

    @Test
    void loginAndGameNeverMeet() {
        noClasses()
                .that()
                .resideInAPackage("org.aden.login..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.aden.game..")
                .check(all);
        noClasses()
                .that()
                .resideInAPackage("org.aden.game..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.aden.login..")
                .check(all);
        noClasses()
                .that()
                .resideInAPackage("org.aden.common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.aden.login..", "org.aden.game..", "org.aden.tools..")
                .check(all);
    }

    @Test
    void networkKnowsNoGameSystem() {
        // transport, opcode tables and packet records: sessions, bytes and plain values only
        classes()
                .that()
                .resideInAPackage("org.aden.game.network..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "org.aden.game.network..",
                        "org.aden.common..",
                        "java..",
                        "org.apache.mina..",
                        "org.apache.logging.log4j..")
                .check(all);
    }

    @Test
    void serverPacketsTakePlainValues() {
        noClasses()
                .that()
                .resideInAPackage("org.aden.game.network.server..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.aden.game.actor..", "org.aden.game.world..", "org.aden.game.character..")
                .check(all);
    }

    @Test
    void scriptApiExposesNoEngineInternals() {
        classes()
                .that()
                .resideInAPackage("org.aden.game.script.api..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("org.aden.game.script.api..", "java..")
                .check(all);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.aden.game.(*)..").should().beFreeOfCycles().check(all);
        slices().matching("org.aden.login.(*)..").should().beFreeOfCycles().check(all);
        slices().matching("org.aden.common.(*)..").should().beFreeOfCycles().check(all);
    }

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void scriptsImportOnlyTheScriptApi() throws IOException {
        Path scripts = Path.of("..", "scripts");
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.walk(scripts)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".groovy")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String name = m.group(2);
                    boolean allowed = name.startsWith("org.aden.game.script.api.")
                            || name.startsWith("java.")
                            || name.startsWith("groovy.");
                    // a fully qualified engine class in the body is as bad as an import
                    if (!allowed) {
                        bad.add(f + ": import " + name);
                    }
                }
                for (String line : Files.readAllLines(f)) {
                    if (!line.trim().startsWith("import")
                            && line.matches(".*org\\.aden\\.(?!game\\.script\\.api\\.).*")) {
                        bad.add(f + ": " + line.trim());
                    }
                }
            }
        }
        assertEquals(List.of(), bad, "scripts may use only org.aden.game.script.api and the JDK/Groovy");
    }
}
