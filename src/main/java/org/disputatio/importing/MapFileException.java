package org.disputatio.importing;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A map's files are not valid. It lists every problem found, so that nothing is imported until all
 * of them are fixed.
 */
public final class MapFileException extends RuntimeException {

    private final List<MapProblem> problems;

    public MapFileException(List<MapProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<MapProblem> problems() {
        return problems;
    }

    private static String describe(List<MapProblem> problems) {
        return problems.size() + " problem(s) in the map files:\n"
                + problems.stream().sorted().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
