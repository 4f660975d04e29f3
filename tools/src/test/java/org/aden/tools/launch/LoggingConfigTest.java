package org.aden.tools.launch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.xml.XmlConfiguration;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.ParameterizedMessage;
import org.junit.jupiter.api.Test;

/** The shipped logging setups keep a vanishing client to our own one debug line (MINA would add an ERROR). */
class LoggingConfigTest {
    private static final Path ROOT =
            Path.of(System.getProperty("aden.root", "..")).toAbsolutePath().normalize();
    private static final String MINA_PROCESSOR = "org.apache.mina.core.service.IoProcessor";
    private static final String FLYWAY_MIGRATE = "org.flywaydb.core.internal.command.DbMigrate";

    @Test
    void shippedConfigDropsMinaPeerResetErrors() throws IOException {
        try (InputStream in = Files.newInputStream(ROOT.resolve("config/log4j2.xml"))) {
            check(in);
        }
    }

    @Test
    void builtInDefaultDropsMinaPeerResetErrors() throws IOException {
        try (InputStream in = Files.newInputStream(ROOT.resolve("common/src/main/resources/log4j2.xml"))) {
            check(in);
        }
    }

    private static void check(InputStream in) throws IOException {
        LoggerContext ctx = new LoggerContext("logging-config-test");
        XmlConfiguration cfg = new XmlConfiguration(ctx, new ConfigurationSource(in));
        cfg.initialize();
        LoggerConfig lc = cfg.getLoggerConfig(MINA_PROCESSOR);
        assertNotNull(lc);
        // the exact calls MINA 2.2 makes when a peer resets or a write hits a closed socket
        assertTrue(lc.isFiltered(
                event("Exception occured while trying to read, closing session: {}", "Connection reset")));
        assertTrue(lc.isFiltered(event(
                "Error '{}' while trying to write on session {}",
                "Broken pipe",
                "(0x0000002A: nio socket, server, /127.0.0.1:17777 => /127.0.0.1:51234)")));
        assertFalse(
                lc.isFiltered(event("Unexpected exception in the processor loop: {}", "boom")),
                "other MINA errors still show");
        assertFalse(lc.getLevel().isMoreSpecificThan(Level.FATAL), "the logger is not simply switched off");
        // Flyway: the migration progress stays, the lines our own Database summary repeats go
        LoggerConfig flyway = cfg.getLoggerConfig(FLYWAY_MIGRATE);
        assertTrue(flyway.isFiltered(eventOf(FLYWAY_MIGRATE, "Current version of schema {}: {}", "`aden_game`", "1")));
        assertTrue(flyway.isFiltered(
                eventOf(FLYWAY_MIGRATE, "Schema {} is up to date. No migration necessary.", "`aden_game`")));
        assertFalse(flyway.isFiltered(
                eventOf(FLYWAY_MIGRATE, "Migrating schema {} to version {}", "`aden_game`", "\"2 - clans\"")));
        oneEventIsOneLine(cfg);
    }

    /** A line break that slipped into a message (say, a player's name) cannot start a forged log line. */
    private static void oneEventIsOneLine(XmlConfiguration cfg) {
        var layout = (org.apache.logging.log4j.core.layout.PatternLayout)
                cfg.getAppenders().get("console").getLayout();
        String out = layout.toSerializable(
                eventOf("org.aden.Test", "{}: logged in", "bob\r\n2026-01-01 00:00:00.000 ERROR forged line"));
        assertTrue(out.endsWith(System.lineSeparator()), out);
        String body = out.substring(0, out.length() - System.lineSeparator().length());
        assertFalse(body.contains("\n") || body.contains("\r"), out);
        assertTrue(body.contains("bob\\r\\n2026"), out);
    }

    private static Log4jLogEvent event(String pattern, Object... args) {
        return eventOf(MINA_PROCESSOR, pattern, args);
    }

    private static Log4jLogEvent eventOf(String logger, String pattern, Object... args) {
        return Log4jLogEvent.newBuilder()
                .setLoggerName(logger)
                .setLevel(Level.ERROR)
                .setMessage(new ParameterizedMessage(pattern, args))
                .build();
    }
}
