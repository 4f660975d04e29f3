package org.aden.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    enum Mode {
        STANDALONE,
        PRODUCTION
    }

    static final ConfigSpec SPEC = ConfigSpec.builder("Test server")
            .section("Network")
            .intKey("test.port", 2106, 1, 65535, "Client port.")
            .stringKey("test.host", "0.0.0.0", "Bind address.")
            .boolKey("test.auto-create", true, "Create accounts on first login.")
            .durationKey("test.idle", "30s", "Idle timeout.")
            .listKey("test.names", "gm, admin", "Forbidden names.")
            .enumKey("test.mode", Mode.STANDALONE, Mode.class, "Mode.")
            .secretKey("test.secret", null, "Shared secret.")
            .build();

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path f = dir.resolve("test.properties");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void defaultsFileEnvironmentAndOverridesApplyInThatOrder() throws IOException {
        Path f = file("# comment\ntest.port = 7000\ntest.secret=s3cret\ntest.idle=5m\ntest.mode=production\n");
        Config c = ConfigLoader.load(
                f, SPEC, Map.of("ADEN_TEST_HOST", "127.0.0.1", "ADEN_TEST_PORT", "7001"), Map.of("test.port", "7002"));
        assertEquals(7002, c.getInt("test.port"));
        assertEquals("127.0.0.1", c.getString("test.host"));
        assertEquals(Duration.ofMinutes(5), c.getDuration("test.idle"));
        assertEquals(List.of("gm", "admin"), c.getList("test.names"));
        assertEquals(Mode.PRODUCTION, c.getEnum("test.mode", Mode.class));
        assertTrue(c.getBool("test.auto-create"));
        assertEquals("environment variable ADEN_TEST_HOST", c.sourceOf("test.host"));
        assertEquals("line 5", c.sourceOf("test.mode"));
    }

    @Test
    void badValueNamesFileLineKeyAndExpectation() throws IOException {
        Path f = file("test.secret=x\ntest.port=abc\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(f, SPEC, Map.of(), Map.of()));
        assertEquals(f + ":2: key 'test.port' has 'abc': expected an integer from 1 to 65535", e.getMessage());
    }

    @Test
    void outOfRangeAndBadDurationAreRefused() throws IOException {
        Path f = file("test.secret=x\ntest.port=70000\n");
        assertTrue(assertThrows(ConfigException.class, () -> ConfigLoader.load(f, SPEC, Map.of(), Map.of()))
                .getMessage()
                .contains("key 'test.port' has '70000'"));
        Path g = file("test.secret=x\ntest.idle=soon\n");
        assertTrue(assertThrows(ConfigException.class, () -> ConfigLoader.load(g, SPEC, Map.of(), Map.of()))
                .getMessage()
                .endsWith("key 'test.idle' has 'soon': expected a duration such as 500ms, 30s, 5m, 2h or 7d"));
    }

    @Test
    void unknownKeyIsRefusedWithASuggestion() throws IOException {
        Path f = file("test.secret=x\ntest.prot=1\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(f, SPEC, Map.of(), Map.of()));
        assertEquals(f + ":2: unknown key 'test.prot' (did you mean 'test.port'?)", e.getMessage());
    }

    @Test
    void missingRequiredValueIsRefused() throws IOException {
        Path f = file("test.port=1\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(f, SPEC, Map.of(), Map.of()));
        assertEquals(
                f + ": key 'test.secret' is required: expected text (kept secret) (Shared secret.)", e.getMessage());
    }

    @Test
    void secretsAreNeverEchoed() throws IOException {
        ConfigSpec spec = ConfigSpec.builder("s")
                .add(new ConfigKey("k", null, "d", "at least 8 characters", true, v -> {
                    if (v.length() < 8) {
                        throw new IllegalArgumentException("at least 8 characters");
                    }
                    return v;
                }))
                .build();
        Path f = file("k=hunter2\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(f, spec, Map.of(), Map.of()));
        assertEquals(f + ":1: key 'k' has (hidden): expected at least 8 characters", e.getMessage());
    }

    @Test
    void renderedDefaultsLoadBackUnchanged() throws IOException {
        Path f = file(SPEC.render().replace("#test.secret=", "test.secret=abc"));
        Config c = ConfigLoader.load(f, SPEC, Map.of(), Map.of());
        assertEquals(2106, c.getInt("test.port"));
        assertTrue(SPEC.render().contains("# ---- Network ----"));
    }

    @Test
    void aBadFileValueIsReportedEvenWhenAnOptionOrVariableOverridesIt() throws IOException {
        Path f = file("test.secret=x\ntest.port=abc\n");
        ConfigException e = assertThrows(
                ConfigException.class,
                () -> ConfigLoader.load(f, SPEC, Map.of("ADEN_TEST_PORT", "7001"), Map.of("test.port", "7002")));
        assertEquals(f + ":2: key 'test.port' has 'abc': expected an integer from 1 to 65535", e.getMessage());
        ConfigException env = assertThrows(
                ConfigException.class,
                () -> ConfigLoader.load(
                        null,
                        SPEC,
                        Map.of("ADEN_TEST_PORT", "x", "ADEN_TEST_SECRET", "s"),
                        Map.of("test.port", "7002")));
        assertEquals(
                "environment variable ADEN_TEST_PORT: key 'test.port' has 'x': expected an integer from 1 to 65535",
                env.getMessage());
    }

    @Test
    void aMissingFileIsAnError() {
        Path f = dir.resolve("nope.properties");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(f, SPEC, Map.of(), Map.of()));
        assertEquals(f + ": no such file", e.getMessage());
    }

    @Test
    void anUnknownVariableInTheSpecsNamespaceIsAnErrorOthersAreNotOurs() throws IOException {
        Path f = file("test.secret=x\n");
        ConfigException e = assertThrows(
                ConfigException.class, () -> ConfigLoader.load(f, SPEC, Map.of("ADEN_TEST_PROT", "1"), Map.of()));
        assertEquals(
                "environment variable ADEN_TEST_PROT names no Test server key (did you mean ADEN_TEST_PORT?)",
                e.getMessage());
        // script variables and other processes' keys are not this spec's business
        Config c = ConfigLoader.load(
                f, SPEC, Map.of("ADEN_JAVA_OPTS", "-Xmx1g", "ADEN_GAME_PORT", "1", "ADEN_NO_BUILD", "1"), Map.of());
        assertEquals(2106, c.getInt("test.port"));
    }
}
