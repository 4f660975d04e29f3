package org.aden.tools.datapack;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code aden datapack ...}: tools for the world data. */
@Command(
        name = "datapack",
        mixinStandardHelpOptions = true,
        description = "World data tools.",
        subcommands = {ImportCommand.class, ValidateCommand.class})
public final class DatapackCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
