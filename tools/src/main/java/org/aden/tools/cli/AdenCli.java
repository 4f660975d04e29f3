package org.aden.tools.cli;

import org.aden.tools.datapack.DatapackCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The operator's command line: {@code aden account ...}, {@code aden character ...}, {@code aden ledger ...},
 * {@code aden ipban ...},
 * {@code aden db backup|restore}, {@code aden datapack ...}, {@code aden import mobius|acis}, {@code aden bench-bcrypt}, {@code aden audit}.
 */
@Command(
        name = "aden",
        mixinStandardHelpOptions = true,
        version = "Aden tools",
        description = "Aden operator tools.",
        subcommands = {
            AccountCommand.class,
            CharacterCommand.class,
            LedgerCommand.class,
            IpBanCommand.class,
            BackupCommand.class,
            DatapackCommand.class,
            BenchBcryptCommand.class,
            ImportCommand.class,
            AuditCommand.class
        })
public final class AdenCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (0 ok, 1 failed, 2 usage error). */
    public static int run(String... args) {
        return new CommandLine(new AdenCli())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
    }
}
