package org.aden.common.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * One migrated schema: a HikariCP pool, Flyway migrations applied at open, and a MyBatis session factory with
 * the given mappers (each mapper's SQL in the XML file beside its interface).
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(Database.class);

    private final HikariDataSource dataSource;
    private final SqlSessionFactory sessionFactory;
    private final DatabaseSettings settings;
    private final DatabaseHealth health;

    private Database(HikariDataSource dataSource, SqlSessionFactory sessionFactory, DatabaseSettings settings) {
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
        this.settings = settings;
        this.health = new DatabaseHealth(schemaOf(settings.jdbcUrl()), dataSource);
    }

    /**
     * Opens the pool, creates the schema if it does not exist, applies the Flyway migrations found at
     * {@code migrations} (e.g. "classpath:db/login") and registers the MyBatis mappers.
     */
    public static Database open(DatabaseSettings settings, String migrations, List<Class<?>> mappers) {
        HikariConfig hc = new HikariConfig();
        String url = withOption(settings.jdbcUrl(), "createDatabaseIfNotExist=true");
        if (!settings.socketTimeout().isZero() && !url.contains("socketTimeout=")) {
            url = withOption(url, "socketTimeout=" + settings.socketTimeout().toMillis());
        }
        hc.setJdbcUrl(url);
        hc.setUsername(settings.user());
        hc.setPassword(settings.password());
        hc.setMaximumPoolSize(settings.poolSize());
        hc.setMinimumIdle(Math.min(2, settings.poolSize()));
        hc.setPoolName("db-" + schemaOf(settings.jdbcUrl()));
        hc.setAutoCommit(true);
        long poolTimeout = Math.max(250, settings.poolTimeout().toMillis());
        hc.setConnectionTimeout(poolTimeout);
        // a pooled connection is checked before it is handed out; on a stalled database that check must end first
        hc.setValidationTimeout(Math.max(250, Math.min(5_000, poolTimeout / 2)));
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            throw new DatabaseException(
                    "cannot connect to " + settings.jdbcUrl() + " as " + settings.user() + ": " + rootMessage(e), e);
        }
        try {
            long t0 = System.nanoTime();
            MigrateResult r = Flyway.configure()
                    .dataSource(ds)
                    .locations(migrations)
                    .validateMigrationNaming(true)
                    .load()
                    .migrate();
            LOG.info(
                    "Schema {} at version {} ({} migration(s) applied in {} ms)",
                    schemaOf(settings.jdbcUrl()),
                    r.targetSchemaVersion == null ? r.initialSchemaVersion : r.targetSchemaVersion,
                    r.migrationsExecuted,
                    (System.nanoTime() - t0) / 1_000_000);
            Configuration mc = new Configuration(new Environment("aden", new JdbcTransactionFactory(), ds));
            mc.setMapUnderscoreToCamelCase(true);
            mappers.forEach(mc::addMapper);
            return new Database(ds, new SqlSessionFactoryBuilder().build(mc), settings);
        } catch (FlywayException e) {
            ds.close();
            throw new DatabaseException("migrating " + settings.jdbcUrl() + " failed: " + rootMessage(e), e);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    /** Publishes the pool's meters (connections active, idle, pending, acquire and usage times) to a registry. */
    public void bindMetrics(io.micrometer.core.instrument.MeterRegistry registry) {
        try {
            dataSource.setMetricRegistry(registry);
        } catch (IllegalStateException e) {
            LOG.warn("Database pool metrics not published: {}", e.getMessage());
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public SqlSessionFactory sqlSessionFactory() {
        return sessionFactory;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** Whether this schema's database answers (refuse at once while it does not; see {@link DatabaseHealth}). */
    public DatabaseHealth health() {
        return health;
    }

    @Override
    public void close() {
        health.close();
        dataSource.close();
    }

    static String schemaOf(String jdbcUrl) {
        String s = jdbcUrl.replaceFirst("^jdbc:[a-z]+://[^/]*/?", "");
        int q = s.indexOf('?');
        return q < 0 ? s : s.substring(0, q);
    }

    private static String withOption(String url, String option) {
        return url + (url.contains("?") ? "&" : "?") + option;
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
