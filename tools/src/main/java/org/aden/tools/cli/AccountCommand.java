package org.aden.tools.cli;

import org.aden.login.account.Account;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aden account create|passwd|access|ban|unban|list}. */
@Command(
        name = "account",
        description = "Manage login accounts.",
        mixinStandardHelpOptions = true,
        subcommands = {
            AccountCommand.Create.class,
            AccountCommand.Passwd.class,
            AccountCommand.Access.class,
            AccountCommand.Ban.class,
            AccountCommand.Unban.class,
            AccountCommand.ListAccounts.class
        })
final class AccountCommand {

    abstract static class Base extends DbCommand {
        @Override
        final int run(Databases dbs) {
            return run(login(dbs));
        }

        abstract int run(LoginDb s);
    }

    @Command(name = "create", description = "Create an account.")
    static final class Create extends Base {
        @Parameters(index = "0", description = "Login name (2-14 letters, digits, _; case-insensitive).")
        String login;

        @Option(
                names = {"-p", "--password"},
                required = true,
                arity = "0..1",
                interactive = true,
                description = "Password (4-16 printable ASCII). Without a value: asked for.")
        String password;

        @Option(names = "--access", defaultValue = "0", description = "Access level (default 0; > 0 is a GM).")
        int access;

        @Override
        int run(LoginDb s) {
            return result(
                    s.accounts().create(login, password, access),
                    "Account " + login + " created",
                    "Account " + login + " already exists");
        }
    }

    @Command(name = "passwd", description = "Set an account's password.")
    static final class Passwd extends Base {
        @Parameters(index = "0")
        String login;

        @Option(
                names = {"-p", "--password"},
                required = true,
                arity = "0..1",
                interactive = true,
                description = "New password. Without a value: asked for.")
        String password;

        @Override
        int run(LoginDb s) {
            return result(
                    s.accounts().changePassword(login, password),
                    "Password of " + login + " changed",
                    "No account " + login);
        }
    }

    @Command(
            name = "access",
            description = "Set an account's access level: 0 player, 1 GM, 100 administrator, < 0 banned. Its "
                    + "characters inherit it unless 'character access' overrides it; applies at the next login.")
    static final class Access extends Base {
        @Parameters(index = "0")
        String login;

        @Parameters(index = "1")
        int level;

        @Override
        int run(LoginDb s) {
            return result(
                    s.accounts().setAccessLevel(login, level),
                    "Access level of " + login + " set to " + level,
                    "No account " + login);
        }
    }

    @Command(name = "ban", description = "Ban an account, permanently or for a while.")
    static final class Ban extends Base {
        @Parameters(index = "0")
        String login;

        @Option(names = "--reason", defaultValue = "", description = "Why (kept with the ban).")
        String reason;

        @Option(names = "--for", description = "Duration such as 30m, 12h, 7d (default: permanent).")
        String duration;

        @Override
        int run(LoginDb s) {
            var until = Durations.expiry(duration);
            return result(
                    s.accounts().ban(login, reason, until),
                    "Account " + login + " banned " + (until == null ? "permanently" : "until " + until)
                            + "; a running login server kicks it out of the game within "
                            + s.target()
                                    .config()
                                    .getDuration("login.bans.check-interval")
                                    .toSeconds() + " s",
                    "No account " + login);
        }
    }

    @Command(name = "unban", description = "Lift an account ban.")
    static final class Unban extends Base {
        @Parameters(index = "0")
        String login;

        @Override
        int run(LoginDb s) {
            if (s.accounts().find(login).isEmpty()) {
                return result(false, "", "No account " + login);
            }
            return result(
                    s.accounts().unban(login), "Account " + login + " unbanned", "Account " + login + " is not banned");
        }
    }

    @Command(name = "list", description = "List accounts.")
    static final class ListAccounts extends Base {
        @Option(names = "--offset", defaultValue = "0")
        int offset;

        @Option(names = "--limit", defaultValue = "100")
        int limit;

        @Override
        int run(LoginDb s) {
            System.out.printf(
                    "%-14s %6s  %-24s %-24s %-15s %s%n",
                    "login", "access", "created", "last login", "last ip", "banned");
            for (Account a : s.accounts().list(offset, limit)) {
                String ban = s.accounts()
                        .findBan(a.login())
                        .map(b -> b.expiresAt() == null ? "permanent" : "until " + b.expiresAt())
                        .orElse("-");
                System.out.printf(
                        "%-14s %6d  %-24s %-24s %-15s %s%n",
                        a.login(),
                        a.accessLevel(),
                        a.createdAt(),
                        a.lastLoginAt() == null ? "-" : a.lastLoginAt(),
                        a.lastIp() == null ? "-" : a.lastIp(),
                        ban);
            }
            return 0;
        }
    }
}
