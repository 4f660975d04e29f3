package org.aden.game.script;

import java.util.List;
import java.util.Map;

/**
 * What one compile run produced, before it is swapped in: the script object of each file that compiled (by its
 * path under the scripts folder, e.g. {@code npcs/gatekeeper.groovy}), the pages, and one line per problem.
 *
 * @param only the file asked for ({@code //reload scripts name}), or null for every file
 * @param cached how many of the scripts came from the compiled cache instead of the compiler
 */
public record ScriptSet(
        Map<String, Object> scripts,
        Map<String, String> pages,
        List<String> errors,
        int files,
        long millis,
        String only,
        int cached) {
    public ScriptSet {
        scripts = Map.copyOf(scripts);
        pages = Map.copyOf(pages);
        errors = List.copyOf(errors);
    }
}
