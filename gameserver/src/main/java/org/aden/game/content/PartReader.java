package org.aden.game.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aden.game.datapack.DatapackException;
import org.aden.game.datapack.XmlDatapack;
import org.aden.game.datapack.XmlElement;

/**
 * Parses the files of one part, validated against its schema, in parallel (or takes their trees from the datapack's
 * cache); a file that fails is reported and left out, so one run names every broken file instead of the first.
 */
final class PartReader {
    private PartReader() {}

    /** @param nanos what reading the part took (on the thread that read it) */
    record Result(List<XmlElement> roots, List<String> problems, int files, long nanos) {}

    static Result read(XmlDatapack datapack, DatapackPart part) {
        long t0 = System.nanoTime();
        Path root = datapack.root();
        List<Path> files;
        try {
            files = datapack.files(part.folder());
        } catch (DatapackException e) {
            return new Result(List.of(), List.of(e.relativeTo(root)), 0, System.nanoTime() - t0);
        }
        List<Object> parsed = datapack.readFolder(files, part.folder(), part.schema());
        List<XmlElement> roots = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Object o : parsed) {
            if (o instanceof XmlElement e) {
                roots.add(e);
            } else {
                problems.add((String) o);
            }
        }
        return new Result(roots, problems, files.size(), System.nanoTime() - t0);
    }
}
