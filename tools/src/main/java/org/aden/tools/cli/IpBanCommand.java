package org.aden.tools.cli;

import org.aden.login.ban.IpBan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aden ipban add|remove|list}; a running login server applies changes on its next reload (60 s default). */
@Command(
        name = "ipban",
        description = "Manage IP bans (single addresses or CIDR ranges).",
        mixinStandardHelpOptions = true,
        subcommands = {IpBanCommand.Add.class, IpBanCommand.Remove.class, IpBanCommand.ListBans.class})
final class IpBanCommand {

    abstract static class Base extends DbCommand {
        @Override
        final int run(Databases dbs) {
            return run(login(dbs));
        }

        abstract int run(LoginDb s);
    }

    @Command(name = "add", description = "Ban an address or range, e.g. 203.0.113.7 or 203.0.113.0/24.")
    static final class Add extends Base {
        @Parameters(index = "0")
        String address;

        @Option(names = "--reason", defaultValue = "")
        String reason;

        @Option(names = "--for", description = "Duration such as 30m, 12h, 7d (default: permanent).")
        String duration;

        @Override
        int run(LoginDb s) {
            var until = Durations.expiry(duration);
            String stored = s.ipBans().add(address, reason, until);
            System.out.println("Banned " + stored + (until == null ? " permanently" : " until " + until));
            return 0;
        }
    }

    @Command(name = "remove", description = "Lift an IP ban.")
    static final class Remove extends Base {
        @Parameters(index = "0")
        String address;

        @Override
        int run(LoginDb s) {
            if (s.ipBans().remove(address)) {
                System.out.println("Removed " + address);
                return 0;
            }
            System.err.println("No ban on " + address);
            return 1;
        }
    }

    @Command(name = "list", description = "List IP bans.")
    static final class ListBans extends Base {
        @Override
        int run(LoginDb s) {
            System.out.printf("%-43s %-24s %s%n", "address", "expires", "reason");
            for (IpBan b : s.ipBans().list()) {
                System.out.printf(
                        "%-43s %-24s %s%n",
                        b.address(),
                        b.expiresAt() == null ? "never" : b.expiresAt(),
                        b.reason() == null ? "" : b.reason());
            }
            return 0;
        }
    }
}
