package org.aden.tools.launch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.aden.common.config.Config;
import org.aden.common.config.ConfigException;
import org.aden.common.config.ConfigLoader;
import org.aden.common.config.ConfigSpec;
import org.aden.common.db.DatabaseBootstrap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Shared start-up of a production process (bin/loginserver.sh, bin/gameserver.sh): load and validate its config
 * file, open its database (external, or embedded when db.url is empty), start the server, print a summary and
 * "ready", and stop cleanly with exit 0 on SIGINT/SIGTERM. A start that fails says why in one line, on stderr and
 * in the log file, and exits 1 (2 is kept for "restart me", from //restart).
 */
final class ServerProcess {
    interface Starter {
        AutoCloseable start(Config config, DatabaseBootstrap db) throws Exception;
    }

    private ServerProcess() {}

    static void run(
            String name,
            String[] args,
            String defaultFile,
            ConfigSpec spec,
            BiConsumer<Path, Config> beforeDatabase,
            String schema,
            String migrations,
            List<Class<?>> mappers,
            Starter starter) {
        Path file = Path.of(args.length > 0 ? args[0] : defaultFile);
        Logger log = LogManager.getLogger(ServerProcess.class);
        long t0 = System.nanoTime();
        DatabaseBootstrap db = null;
        try {
            Config config = ConfigLoader.load(file, spec, Map.of());
            beforeDatabase.accept(file, config); // checks, and work that can overlap the database's start
            db = DatabaseBootstrap.open(config, schema, migrations, mappers);
            AutoCloseable server = starter.start(config, db);
            DatabaseBootstrap openDb = db;
            log.info(
                    "{} {} started in {} ms ({}) with {} ({}), config {}",
                    name,
                    version(),
                    (System.nanoTime() - t0) / 1_000_000,
                    org.aden.tools.standalone.ProcessMemory.summary(),
                    db.describe(),
                    Runtime.version(),
                    file);
            System.out.println("ready"); // the plain last line hosts and scripts wait for
            org.aden.tools.standalone.Signals.onTerminate(() -> {
                log.info("Stopping the {}", name);
                try {
                    server.close();
                } catch (Exception e) {
                    log.warn("Stopping the {} failed: {}", name, e.toString());
                }
                openDb.close();
                log.info("Stopped");
                LogManager.shutdown();
            });
        } catch (Exception e) {
            // exit 1: 2 means "restart me" to the shipped loops and units (//restart), a bad config must not loop
            fail(log, name, e, db, 1);
        }
    }

    private static void fail(Logger log, String name, Exception e, DatabaseBootstrap db, int code) {
        String line = name + " did not start: " + StartupFailure.describe(e);
        System.err.println(line);
        log.error(StartupFailure.MARKER, line);
        if (db != null) {
            try {
                db.close();
            } catch (RuntimeException ignored) {
                // stopping anyway
            }
        }
        LogManager.shutdown();
        System.exit(code);
    }

    /**
     * Names the log file after the process and its config (when not the default). Call first thing in main,
     * before any class with a logger is touched: the log configuration reads the name when it starts.
     */
    static void nameLogFile(String process, String[] args, String defaultFile) {
        Path file = Path.of(args.length > 0 ? args[0] : defaultFile);
        System.setProperty("aden.process", logName(process, file, Path.of(defaultFile)));
    }

    /** "loginserver" for the default config; "loginserver-eu" for config/eu.properties or loginserver-eu.properties. */
    static String logName(String process, Path file, Path defaultFile) {
        String stem = file.getFileName().toString().replaceFirst("\\.properties$", "");
        String defaultStem = defaultFile.getFileName().toString().replaceFirst("\\.properties$", "");
        if (stem.equals(defaultStem)) {
            return process;
        }
        String safe = stem.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.startsWith(process) ? safe : process + "-" + safe;
    }

    /** Production refuses the shipped link secret: anyone who read the README could register a game server. */
    static void requireOwnSecret(Path file, Config c, String key, String defaultSecret, String partner) {
        if (defaultSecret.equals(c.getString(key))) {
            throw new ConfigException(file + ": " + key + " is the shipped default '" + defaultSecret
                    + "': set a secret of your own" + " (the same as " + partner + ")");
        }
    }

    private static String version() {
        String v = ServerProcess.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
