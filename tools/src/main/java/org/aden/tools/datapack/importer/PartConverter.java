package org.aden.tools.datapack.importer;

/** Converts one part of a source datapack (items, npcs, ...) into our folder of the same name. */
public interface PartConverter {
    /** Our folder name, which is also the part's name in the report and its schema's name. */
    String part();

    void convert(ImportContext context);
}
