package org.aden.tools.datapack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aden datapack validate [DIR]}: checks every datapack file against its schema, without a server. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check every file of a datapack against its schema (file:line: problem).")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "DIR",
            defaultValue = "datapack",
            description = "The datapack folder (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(
            names = "--schema",
            paramLabel = "DIR",
            description = "Schema folder (default: DIR/schema, else the shipped datapack/schema).")
    Path schema;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            System.err.println(dir + ": no such folder");
            return 2;
        }
        Path schemaDir = schema != null
                ? schema
                : Files.isDirectory(dir.resolve("schema")) ? dir.resolve("schema") : Path.of("datapack/schema");
        SchemaCheck.Result r = new SchemaCheck(dir, schemaDir).run();
        r.problems().forEach(System.err::println);
        System.out.printf(
                "%d files checked, %d problems%n", r.files(), r.problems().size());
        return r.ok() ? 0 : 1;
    }
}
