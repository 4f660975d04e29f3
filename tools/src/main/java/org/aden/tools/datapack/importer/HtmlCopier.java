package org.aden.tools.datapack.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** {@code --with-html}: copies a host's own dialogs, as they are, into their output (we ship none). */
public final class HtmlCopier {
    private HtmlCopier() {}

    public static void copy(Path from, Path to, ImportReport report) {
        if (!Files.isDirectory(from)) {
            report.skipped("html", from.toString(), "no html folder in the source");
            return;
        }
        try (Stream<Path> s = Files.walk(from)) {
            List<Path> files = s.filter(Files::isRegularFile).sorted().toList();
            for (Path f : files) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
            report.count("html", "files", files.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
