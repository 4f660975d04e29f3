package org.aden.game.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aden.game.datapack.DatapackException;
import org.aden.game.datapack.XmlDatapack;
import org.aden.game.datapack.XmlElement;

/**
 * Parses the files of one part, validated against its schema, in parallel; a file that fails is reported and
 * left out, so one run names every broken file instead of the first.
 */
final class PartReader {
    private PartReader() {}

    record Result(List<XmlElement> roots, List<String> problems, int files) {}

    static Result read(XmlDatapack datapack, DatapackPart part) {
        Path root = datapack.root();
        List<Path> files;
        try {
            files = datapack.files(part.folder());
        } catch (DatapackException e) {
            return new Result(List.of(), List.of(e.relativeTo(root)), 0);
        }
        List<Object> parsed = files.parallelStream()
                .map(f -> {
                    try {
                        return (Object) datapack.read(f, part.schema());
                    } catch (DatapackException e) {
                        return e.relativeTo(root);
                    }
                })
                .toList();
        List<XmlElement> roots = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Object o : parsed) {
            if (o instanceof XmlElement e) {
                roots.add(e);
            } else {
                problems.add((String) o);
            }
        }
        return new Result(roots, problems, files.size());
    }
}
