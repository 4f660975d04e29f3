package org.aden.tools.datapack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aden.game.cast.SupportReport;
import org.aden.game.content.DatapackProblems;
import org.aden.game.content.WorldData;
import org.aden.game.content.WorldDataLoader;
import org.aden.game.datapack.DatapackException;
import org.aden.game.datapack.XmlDatapack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aden datapack validate [DIR]}: the checks the game server makes at start, without a server: every file
 * against its schema, then ranges and cross-references over the whole datapack.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check a datapack as the game server does at start: every file against its schema, then "
                + "references between parts, coordinates and shapes (file:line: problem).")
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
        if (!r.ok()) {
            System.out.printf(
                    "%d files checked, %d problems%n", r.files(), r.problems().size());
            return 1;
        }
        try {
            WorldData data = WorldDataLoader.load(new XmlDatapack(dir, schemaDir));
            System.out.printf("%d files checked, 0 problems; %s%n", r.files(), data.summary());
            System.out.println("Skills the engine supports, per class (skill tree and its parents'):");
            SupportReport.of(data.skillTrees(), data.skills()).forEach(l -> System.out.println("  " + l));
            return 0;
        } catch (DatapackProblems e) {
            e.problems().forEach(System.err::println);
            System.out.printf(
                    "%d files checked, %d problems%n", r.files(), e.problems().size());
            return 1;
        } catch (DatapackException e) {
            System.err.println(e.relativeTo(dir));
            System.out.printf("%d files checked, 1 problem%n", r.files());
            return 1;
        }
    }
}
