package org.aden.tools.cli;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import org.aden.common.config.Config;
import org.aden.common.config.ConfigLoader;
import org.aden.common.db.DatabaseBootstrap;
import org.aden.login.LoginConfig;
import org.aden.login.LoginServer;
import org.aden.login.account.AccountService;
import org.aden.login.account.PasswordHasher;
import org.aden.login.ban.IpBanService;
import picocli.CommandLine.Option;

/**
 * Where the login database is: config/loginserver.properties by default, each value overridable. With an empty
 * db.url the embedded MariaDB under db.embedded.dir is started for the command (stop the server first then).
 */
final class LoginDbOptions {
    @Option(
            names = "--config",
            defaultValue = "config/loginserver.properties",
            description = "Login server config file (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--jdbc-url", description = "JDBC URL of aden_login (default: db.url of the config).")
    String jdbcUrl;

    @Option(names = "--db-user", description = "Database user (default: db.user of the config).")
    String user;

    @Option(
            names = "--db-password",
            description = "Database password (default: db.password of the config).",
            arity = "0..1",
            interactive = true)
    String password;

    Config load() {
        Map<String, String> o = new HashMap<>();
        if (jdbcUrl != null) {
            o.put("db.url", jdbcUrl);
        }
        if (user != null) {
            o.put("db.user", user);
        }
        if (password != null) {
            o.put("db.password", password);
        }
        return ConfigLoader.load(config, LoginConfig.SPEC, o);
    }

    /** An open login database plus the services on it; close when done. */
    static final class Session implements AutoCloseable {
        final DatabaseBootstrap db;
        final AccountService accounts;
        final IpBanService ipBans;

        Session(Config c) {
            this.db = DatabaseBootstrap.open(c, "aden_login", "classpath:db/login", LoginServer.MAPPERS);
            var factory = db.database().sqlSessionFactory();
            this.accounts = new AccountService(
                    factory, new PasswordHasher(c.getInt("login.bcrypt-cost")), InstantSource.system(), false);
            this.ipBans = new IpBanService(factory, InstantSource.system());
        }

        @Override
        public void close() {
            db.close();
        }
    }

    Session open() {
        return new Session(load());
    }
}
