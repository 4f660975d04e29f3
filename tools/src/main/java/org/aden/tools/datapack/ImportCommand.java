package org.aden.tools.datapack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.aden.tools.datapack.importer.HtmlCopier;
import org.aden.tools.datapack.importer.ImportContext;
import org.aden.tools.datapack.importer.ImportReport;
import org.aden.tools.datapack.importer.mobius.MobiusImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aden datapack import --from mobius DIR --out DIR}: converts another server's datapack into ours. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Convert an L2J Mobius Interlude dist/game/data folder into an Aden datapack.")
final class ImportCommand implements Callable<Integer> {
    /** The report's file in the output folder: plain text, which the server never loads. */
    static final String REPORT_FILE = "IMPORT-REPORT.txt";

    enum From {
        mobius
    }

    @Option(names = "--from", required = true, description = "Source format: ${COMPLETION-CANDIDATES}.")
    From from;

    @Parameters(index = "0", paramLabel = "DIR", description = "The source's dist/game/data folder.")
    Path source;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output datapack folder.")
    Path out;

    @Option(
            names = "--sql",
            paramLabel = "DIR",
            description = "The source's SQL installer folder with teleports and raid boss spawns "
                    + "(default: DIR/../../db_installer/sql/game when it exists).")
    Path sql;

    @Option(names = "--with-html", description = "Also copy the source's own HTML dialogs into OUT/html.")
    boolean withHtml;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(source.resolve("stats"))) {
            System.err.println(source + " is not a Mobius dist/game/data folder (no stats/ inside)");
            return 2;
        }
        Path sqlDir = sql != null ? sql : defaultSqlDir(source);
        ImportReport report = new ImportReport();
        ImportContext ctx = new ImportContext(source, sqlDir, out, withHtml, report);
        long t0 = System.nanoTime();
        MobiusImporter.run(ctx);
        if (withHtml) {
            HtmlCopier.copy(source.resolve("html"), out.resolve("html"), report);
        }
        Files.createDirectories(out);
        Files.writeString(
                out.resolve(REPORT_FILE), report.render("Import of an L2J Mobius datapack"), StandardCharsets.UTF_8);
        System.out.print(report.summary());
        System.out.printf(
                "Imported in %.1f s; the full report (what was not mapped, what was skipped) is %s%n",
                (System.nanoTime() - t0) / 1e9, out.resolve(REPORT_FILE));
        return 0;
    }

    private static Path defaultSqlDir(Path data) {
        Path abs = data.toAbsolutePath().normalize();
        Path dist = abs.getParent() == null ? null : abs.getParent().getParent();
        Path dir = dist == null ? null : dist.resolve("db_installer/sql/game");
        return dir != null && Files.isDirectory(dir) ? dir : null;
    }
}
