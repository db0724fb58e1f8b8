package org.disputatio.importing;

/**
 * One thing wrong in a map's files.
 *
 * @param file the file's name, as the map folder knows it ({@code map.yaml})
 * @param line the 1-based line it is on
 * @param id the id of the item concerned, or an empty string when none applies
 */
public record MapProblem(String file, int line, String id, String message) implements Comparable<MapProblem> {

    @Override
    public int compareTo(MapProblem other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }

    @Override
    public String toString() {
        return file + ":" + line + (id.isEmpty() ? "" : " [" + id + "]") + " " + message;
    }
}
