package org.aden.tools.cli;

import java.time.InstantSource;
import java.util.concurrent.Callable;
import org.aden.common.config.ConfigException;
import org.aden.common.db.DatabaseException;
import org.aden.login.LoginServer;
import org.aden.login.account.AccountService;
import org.aden.login.account.PasswordHasher;
import org.aden.login.ban.IpBanService;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A subcommand that works on the servers' databases: finds and opens them ({@link DbOptions}), runs, closes them.
 * Expected failures are one line on stderr: exit 1 not found / already exists, 2 invalid input or configuration,
 * 3 database not reachable.
 */
abstract class DbCommand implements Callable<Integer> {
    @Mixin
    DbOptions where;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    /** The login server's services on its database. */
    record LoginDb(AccountService accounts, IpBanService ipBans, DbOptions.Target target) {}

    @Override
    public Integer call() {
        try (Databases dbs = new Databases()) {
            return run(dbs);
        } catch (CliException e) {
            System.err.println(e.getMessage());
            return e.exitCode;
        } catch (IllegalArgumentException | ConfigException e) {
            System.err.println(e.getMessage());
            return CliException.USAGE;
        } catch (DatabaseException e) {
            System.err.println("database not available: " + e.getMessage());
            return CliException.DATABASE;
        }
    }

    abstract int run(Databases dbs);

    LoginDb login(Databases dbs) {
        DbOptions.Target t = where.login();
        var factory = dbs.open(t, LoginServer.MAPPERS).sqlSessionFactory();
        return new LoginDb(
                new AccountService(
                        factory,
                        new PasswordHasher(t.config().getInt("login.bcrypt-cost")),
                        InstantSource.system(),
                        false),
                new IpBanService(factory, InstantSource.system()),
                t);
    }

    static int result(boolean ok, String done, String failed) {
        (ok ? System.out : System.err).println(ok ? done : failed);
        return ok ? 0 : CliException.NOT_FOUND;
    }
}
