package org.disputatio.interchange;

import java.util.List;
import java.util.Map;

/**
 * What an import made of a file, returned to the user with the new map's id: how many items of each
 * kind it kept ({@code claims}, {@code arguments}, {@code attacks}, {@code sources}, {@code citations},
 * …), and every part of the file it could not map, each with where it is in the file.
 *
 * @param format the format read, as in {@code ?format=}
 * @param kept counts by kind of item, in a stable order
 * @param unmapped the parts of the file not mapped, in file order
 */
public record ImportReport(String format, Map<String, Integer> kept, List<Unmapped> unmapped) {

    public ImportReport {
        kept = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kept));
        unmapped = List.copyOf(unmapped);
    }

    /**
     * A part of the file the import did not map.
     *
     * @param where the line ({@code line 12}) or node ({@code node 117}) it is at
     * @param what what it is ({@code "YA node 'Asserting'"})
     * @param reason why it was not mapped
     */
    public record Unmapped(String where, String what, String reason) {}
}
