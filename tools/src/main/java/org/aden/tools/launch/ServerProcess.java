package org.aden.tools.launch;

import java.nio.file.Path;
import java.util.List;
import org.aden.common.config.Config;
import org.aden.common.config.ConfigException;
import org.aden.common.config.ConfigLoader;
import org.aden.common.config.ConfigSpec;
import org.aden.common.db.DatabaseBootstrap;
import org.aden.common.db.DatabaseException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Shared start-up of a production process (bin/loginserver.sh, bin/gameserver.sh): load and validate its config
 * file, open its database (external, or embedded when db.url is empty), start the server, print a summary and
 * "ready", and stop cleanly with exit 0 on SIGINT/SIGTERM.
 */
final class ServerProcess {
    private static final Logger LOG = LogManager.getLogger(ServerProcess.class);

    interface Starter {
        AutoCloseable start(Config config, DatabaseBootstrap db) throws Exception;
    }

    private ServerProcess() {}

    static void run(
            String name,
            String[] args,
            String defaultFile,
            ConfigSpec spec,
            String schema,
            String migrations,
            List<Class<?>> mappers,
            Starter starter) {
        System.setProperty("aden.process", name);
        Path file = Path.of(args.length > 0 ? args[0] : defaultFile);
        long t0 = System.nanoTime();
        DatabaseBootstrap db = null;
        try {
            Config config = ConfigLoader.load(file, spec, java.util.Map.of());
            db = DatabaseBootstrap.open(config, schema, migrations, mappers);
            AutoCloseable server = starter.start(config, db);
            DatabaseBootstrap openDb = db;
            LOG.info(
                    "{} {} started in {} ms with {} ({}), config {}",
                    name,
                    version(),
                    (System.nanoTime() - t0) / 1_000_000,
                    db.describe(),
                    Runtime.version(),
                    file);
            System.out.println("ready"); // the plain last line hosts and scripts wait for
            org.aden.tools.standalone.Signals.onTerminate(() -> {
                LOG.info("Stopping the {}", name);
                try {
                    server.close();
                } catch (Exception e) {
                    LOG.warn("Stopping the {} failed: {}", name, e.toString());
                }
                openDb.close();
                LOG.info("Stopped");
                LogManager.shutdown();
            });
        } catch (ConfigException | DatabaseException e) {
            System.err.println(name + " did not start: " + e.getMessage());
            closeQuietly(db);
            LogManager.shutdown();
            System.exit(2);
        } catch (Exception e) {
            LOG.error("{} did not start: {}", name, e.toString(), e);
            closeQuietly(db);
            LogManager.shutdown();
            System.exit(1);
        }
    }

    private static void closeQuietly(DatabaseBootstrap db) {
        if (db != null) {
            db.close();
        }
    }

    private static String version() {
        String v = ServerProcess.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
